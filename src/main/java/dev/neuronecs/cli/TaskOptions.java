package dev.neuronecs.cli;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.Secret;
import dev.neuronecs.taskdef.ShellWords;
import dev.neuronecs.taskdef.Spec;
import dev.neuronecs.taskdef.TaskRequest;
import dev.neuronecs.taskdef.Ulimit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options that describe a task definition, shared by gen, plan, register and diff. A spec file
 * ({@code --spec}) holds the same settings; flags given on the command line win over it.
 */
@Command(addMethodSubcommands = false)
public final class TaskOptions {
  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "Read these settings from a YAML spec file ($${VAR} from the environment); flags win.")
  Path spec;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      completionCandidates = Candidates.Presets.class,
      description = "Workload preset: tf-serving (Inf1), vllm (Inf2, Trn), training (Trn).")
  String preset;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "The model a preset serves: s3://bucket/path/name (tf-serving), a model id or path (vllm).")
  String model;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      completionCandidates = Candidates.Modes.class,
      description = "ec2 (default: chips mapped as devices) or managed (ECS Managed Instances, NeuronDevice=ALL).")
  String mode;
  @Option(
      names = "--instance",
      paramLabel = "TYPE",
      completionCandidates = Candidates.InstanceTypes.class,
      description = "Neuron instance type, e.g. inf2.24xlarge (any case); see 'neuron-ecs catalog'.")
  String instance;

  @Option(
      names = "--from-ec2",
      description = "Build --instance from EC2's DescribeInstanceTypes figures: a type newer than this release,"
          + " or instead of the built-in row. Calls AWS (ec2:DescribeInstanceTypes).")
  boolean fromEc2;

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
      names = "--efa",
      paramLabel = "N",
      arity = "0..1",
      fallbackValue = "-1",
      description = "Map N EFA interfaces (/dev/infiniband/uverbs0..N-1). Alone: the instance's maximum.")
  Integer efa;

  @Option(
      names = "--shm-size",
      paramLabel = "MIB",
      description = "Size of /dev/shm in MiB.")
  Integer shmSize;

  @Option(
      names = "--ulimit",
      paramLabel = "NAME=SOFT[:HARD]",
      description = "Container ulimit, e.g. memlock=unlimited or nofile=65536 (repeatable).")
  List<String> ulimits = new ArrayList<>();

  @Option(
      names = "--secret",
      paramLabel = "NAME=ARN",
      description = "Environment variable from Secrets Manager or SSM Parameter Store (repeatable).")
  List<String> secrets = new ArrayList<>();

  @Option(
      names = "--tag",
      paramLabel = "KEY=VALUE",
      description = "Tag for the task definition (repeatable).")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--health-check",
      paramLabel = "COMMAND",
      description = "Container health check shell command, or 'none'. Presets bring their own.")
  String healthCheck;

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
      completionCandidates = Candidates.NetworkModes.class,
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

  /**
   * The request these options describe: the spec file's settings, if any, with every flag given
   * applied on top. The region is the flag's, else the spec file's, else AWS_REGION's.
   */
  public TaskRequest.Builder toRequest(CliContext context, String regionOption) {
    Spec fromFile = spec == null ? null : readSpec(context);
    TaskRequest.Builder b = fromFile == null ? TaskRequest.builder(null) : fromFile.request().toBuilder();
    String region = regionOption != null ? regionOption : fromFile == null ? null : fromFile.region();
    b.region(context.region(region));
    set(instance, b::instanceType);
    set(image, b::image);
    set(family, b::family);
    set(containerName, b::containerName);
    set(chips, b::chips);
    set(firstChip, b::firstChip);
    set(cpu, b::cpu);
    set(memory, b::memory);
    set(networkMode, b::networkMode);
    set(executionRoleArn, b::executionRoleArn);
    set(taskRoleArn, b::taskRoleArn);
    set(logGroup, b::logGroup);
    set(preset, b::preset);
    set(model, b::model);
    set(mode, b::mode);
    set(efa, b::efa);
    set(shmSize, b::shmSize);
    set(healthCheck, b::healthCheck);
    env.forEach(e -> b.env(KeyValue.parse(e, "--env")));
    secrets.forEach(s -> b.secret(Secret.parse(s)));
    tags.forEach(t -> b.tag(KeyValue.parse(t, "--tag")));
    ulimits.forEach(u -> b.ulimit(Ulimit.parse(u)));
    if (!ports.isEmpty()) {
      b.clearPorts();
      ports.forEach(p -> b.port(PortMapping.parse(p)));
    }
    if (command != null) {
      b.command(ShellWords.split(command, "--command"));
    }
    if (entryPoint != null) {
      b.entryPoint(ShellWords.split(entryPoint, "--entrypoint"));
    }
    return b;
  }

  private Spec readSpec(CliContext context) {
    String text;
    try {
      text = Files.readString(spec, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw NeuronEcsException.usage("cannot read --spec " + spec + " (" + IoMessages.reason(e) + ")", e);
    }
    Object tree = JsonReader.read(new YAMLFactory(), text, spec.toString(), "YAML");
    return Spec.parse(tree, context.env(), spec.toString());
  }

  private static <T> void set(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
