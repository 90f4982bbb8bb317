package dev.neuronecs.cli;

import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.ShellWords;
import dev.neuronecs.taskdef.TaskRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that describe a task definition, shared by gen, plan, register and diff. */
public final class TaskOptions {
  @Option(
      names = "--instance",
      paramLabel = "TYPE",
      description = "Neuron instance type, e.g. inf2.24xlarge (any case); see 'neuron-ecs catalog'.")
  String instance;

  @Option(
      names = "--image",
      paramLabel = "IMAGE",
      description = "Container image. Default: the Neuron image for the chip family (see docs/images.md).")
  String image;

  @Option(
      names = "--family",
      paramLabel = "NAME",
      description = "Task definition family. Default: neuron-<type>, e.g. neuron-inf2-24xlarge.")
  String family;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Container name. Default: neuron-<instance family>, e.g. neuron-inf2.")
  String containerName;

  @Option(
      names = "--chips",
      paramLabel = "N",
      description = "Neuron chips to map. Default: all of the instance's chips.")
  Integer chips;

  @Option(
      names = "--first-chip",
      paramLabel = "I",
      description = "First chip of the range (/dev/neuronI). Default: 0.")
  Integer firstChip;

  @Option(
      names = "--cpu",
      paramLabel = "UNITS",
      description = "Task CPU units (1024 per vCPU). Default: the share of the instance's CPU.")
  Integer cpu;

  @Option(
      names = "--memory",
      paramLabel = "MIB",
      description = "Task memory in MiB. Default: 90%% of the instance's memory, times the share of chips.")
  Integer memory;

  @Option(
      names = "--env",
      paramLabel = "KEY=VALUE",
      description = "Environment variable (repeatable).")
  List<String> env = new ArrayList<>();

  @Option(
      names = "--port",
      paramLabel = "CONTAINER[:HOST]",
      description = "Port mapping, e.g. 8501 or 8501:8501 or 5000/udp (repeatable).")
  List<String> ports = new ArrayList<>();

  @Option(
      names = "--network-mode",
      paramLabel = "MODE",
      description = "bridge (default), host or awsvpc.")
  String networkMode;

  @Option(names = "--execution-role-arn", paramLabel = "ARN", description = "Task execution role.")
  String executionRoleArn;

  @Option(names = "--task-role-arn", paramLabel = "ARN", description = "Task role.")
  String taskRoleArn;

  @Option(
      names = "--log-group",
      paramLabel = "GROUP",
      description = "Send logs to this CloudWatch log group (awslogs; needs a region).")
  String logGroup;

  @Option(
      names = "--command",
      paramLabel = "COMMAND",
      description = "Container command, split into words like a shell does, e.g. \"--port 8080\".")
  String command;

  @Option(
      names = "--entrypoint",
      paramLabel = "ENTRYPOINT",
      description = "Container entry point, split into words like a shell does.")
  String entryPoint;

  /** The request these options describe; {@code region} is resolved by the caller. */
  public TaskRequest.Builder toRequest(String region) {
    TaskRequest.Builder b =
        TaskRequest.builder(instance)
            .image(image)
            .family(family)
            .containerName(containerName)
            .chips(chips)
            .firstChip(firstChip)
            .cpu(cpu)
            .memory(memory)
            .networkMode(networkMode)
            .executionRoleArn(executionRoleArn)
            .taskRoleArn(taskRoleArn)
            .logGroup(logGroup)
            .region(region);
    for (String e : env) {
      b.env(KeyValue.parse(e, "--env"));
    }
    for (String p : ports) {
      b.port(PortMapping.parse(p));
    }
    if (command != null) {
      b.command(ShellWords.split(command, "--command"));
    }
    if (entryPoint != null) {
      b.entryPoint(ShellWords.split(entryPoint, "--entrypoint"));
    }
    return b;
  }
}
