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

/**
 * The options that describe a task definition, shared by gen, plan, register and diff. A spec file
 * ({@code --spec}) holds the same settings; flags given on the command line win over it.
 */
public final class TaskOptions {
  /** The option names, in the order help lists them. */
  static final List<String> NAMES = List.of("--spec", "--preset", "--model", "--mode", "--instance", "--from-ec2", "--image", "--family", "--name", "--chips", "--first-chip", "--cpu", "--memory", "--efa", "--shm-size", "--ulimit", "--secret", "--tag", "--health-check", "--env", "--port", "--network-mode", "--execution-role-arn", "--task-role-arn", "--log-group", "--command", "--entrypoint");

  Path spec;
  String preset;
  String model;
  String mode;
  String instance;
  boolean fromEc2;
  String image;
  String family;
  String containerName;
  Integer chips;
  Integer firstChip;
  Integer cpu;
  Integer memory;
  Integer efa;
  Integer shmSize;
  List<String> ulimits = new ArrayList<>();
  List<String> secrets = new ArrayList<>();
  List<String> tags = new ArrayList<>();
  String healthCheck;
  List<String> env = new ArrayList<>();
  List<String> ports = new ArrayList<>();
  String networkMode;
  String executionRoleArn;
  String taskRoleArn;
  String logGroup;
  String command;
  String entryPoint;

  /** Adds the options to a command, all but those in {@code omit} (plan chooses the chips itself). */
  static void addTo(CommandDef def, List<String> omit) {
    for (Opt option : options()) {
      if (!omit.contains(option.name())) {
        def.option(option);
      }
    }
  }

  private static List<Opt> options() {
    return List.of(
        Opt.path("--spec", "FILE", "Read these settings from a YAML spec file ($${VAR} from the environment); flags win."),
        Opt.string("--preset", "NAME", "Workload preset: tf-serving (Inf1), vllm (Inf2, Trn), training (Trn).").candidates(new Candidates.Presets()),
        Opt.string("--model", "MODEL", "The model a preset serves: s3://bucket/path/name (tf-serving), a model id or path (vllm)."),
        Opt.string("--mode", "MODE", "ec2 (default: chips mapped as devices) or managed (ECS Managed Instances, NeuronDevice=ALL).").candidates(new Candidates.Modes()),
        Opt.string("--instance", "TYPE", "Neuron instance type, e.g. inf2.24xlarge (any case); see 'neuron-ecs catalog'.").candidates(new Candidates.InstanceTypes()),
        Opt.flag("--from-ec2", "Build --instance from EC2's DescribeInstanceTypes figures: a type newer than this release,"
          + " or instead of the built-in row. Calls AWS (ec2:DescribeInstanceTypes)."),
        Opt.string("--image", "IMAGE", "Container image. Default: the Neuron image for the chip family (see docs/images.md)."),
        Opt.string("--family", "NAME", "Task definition family. Default: neuron-<type>, e.g. neuron-inf2-24xlarge."),
        Opt.string("--name", "NAME", "Container name. Default: neuron-<instance family>, e.g. neuron-inf2."),
        Opt.integer("--chips", "N", "Neuron chips to map. Default: all of the instance's chips."),
        Opt.integer("--first-chip", "I", "First chip of the range (/dev/neuronI). Default: 0."),
        Opt.integer("--cpu", "UNITS", "Task CPU units (1024 per vCPU). Default: the share of the instance's CPU."),
        Opt.integer("--memory", "MIB", "Task memory in MiB. Default: 90%% of the instance's memory, times the share of chips."),
        Opt.integer("--efa", "N", "Map N EFA interfaces (/dev/infiniband/uverbs0..N-1). Alone: the instance's maximum.").valueOptional("-1"),
        Opt.integer("--shm-size", "MIB", "Size of /dev/shm in MiB."),
        Opt.strings("--ulimit", "NAME=SOFT[:HARD]", "Container ulimit, e.g. memlock=unlimited or nofile=65536 (repeatable)."),
        Opt.strings("--secret", "NAME=ARN", "Environment variable from Secrets Manager or SSM Parameter Store (repeatable)."),
        Opt.strings("--tag", "KEY=VALUE", "Tag for the task definition (repeatable)."),
        Opt.string("--health-check", "COMMAND", "Container health check shell command, or 'none'. Presets bring their own."),
        Opt.strings("--env", "KEY=VALUE", "Environment variable (repeatable)."),
        Opt.strings("--port", "CONTAINER[:HOST]", "Port mapping, e.g. 8501 or 8501:8501 or 5000/udp (repeatable)."),
        Opt.string("--network-mode", "MODE", "bridge (default), host or awsvpc.").candidates(new Candidates.NetworkModes()),
        Opt.string("--execution-role-arn", "ARN", "Task execution role."),
        Opt.string("--task-role-arn", "ARN", "Task role."),
        Opt.string("--log-group", "GROUP", "Send logs to this CloudWatch log group (awslogs; needs a region)."),
        Opt.string("--command", "COMMAND", "Container command, split into words like a shell does, e.g. \"--port 8080\"."),
        Opt.string("--entrypoint", "ENTRYPOINT", "Container entry point, split into words like a shell does."));
  }

  /** The options' values in a parsed command that has them. */
  static TaskOptions read(Args args) {
    TaskOptions o = new TaskOptions();
    o.spec = args.path("--spec");
    o.preset = args.string("--preset");
    o.model = args.string("--model");
    o.mode = args.string("--mode");
    o.instance = args.string("--instance");
    o.fromEc2 = args.flag("--from-ec2");
    o.image = args.string("--image");
    o.family = args.string("--family");
    o.containerName = args.string("--name");
    o.chips = args.integerIfPresent("--chips");
    o.firstChip = args.integerIfPresent("--first-chip");
    o.cpu = args.integer("--cpu");
    o.memory = args.integer("--memory");
    o.efa = args.integer("--efa");
    o.shmSize = args.integer("--shm-size");
    o.ulimits = args.strings("--ulimit");
    o.secrets = args.strings("--secret");
    o.tags = args.strings("--tag");
    o.healthCheck = args.string("--health-check");
    o.env = args.strings("--env");
    o.ports = args.strings("--port");
    o.networkMode = args.string("--network-mode");
    o.executionRoleArn = args.string("--execution-role-arn");
    o.taskRoleArn = args.string("--task-role-arn");
    o.logGroup = args.string("--log-group");
    o.command = args.string("--command");
    o.entryPoint = args.string("--entrypoint");
    return o;
  }

  /**
   * The request these options describe: the spec file's settings, if any, with every flag given
   * applied on top. The region is the flag's, else the spec file's, else AWS_REGION's.
   */
  public TaskRequest.Builder toRequest(CliContext context, String regionOption) {
    Spec fromFile = spec == null ? null : readSpec(context);
    TaskRequest.Builder b = fromFile == null ? TaskRequest.builder(null) : fromFile.request().toBuilder();
    String region = regionOption != null ? regionOption : fromFile == null ? null : fromFile.region();
    b.region(context.region(region));
    if (instance != null) {
      b.instanceType(instance);
    }
    if (image != null) {
      b.image(image);
    }
    if (family != null) {
      b.family(family);
    }
    if (containerName != null) {
      b.containerName(containerName);
    }
    if (chips != null) {
      b.chips(chips);
    }
    if (firstChip != null) {
      b.firstChip(firstChip);
    }
    if (cpu != null) {
      b.cpu(cpu);
    }
    if (memory != null) {
      b.memory(memory);
    }
    if (networkMode != null) {
      b.networkMode(networkMode);
    }
    if (executionRoleArn != null) {
      b.executionRoleArn(executionRoleArn);
    }
    if (taskRoleArn != null) {
      b.taskRoleArn(taskRoleArn);
    }
    if (logGroup != null) {
      b.logGroup(logGroup);
    }
    if (preset != null) {
      b.preset(preset);
    }
    if (model != null) {
      b.model(model);
    }
    if (mode != null) {
      b.mode(mode);
    }
    if (efa != null) {
      b.efa(efa);
    }
    if (shmSize != null) {
      b.shmSize(shmSize);
    }
    if (healthCheck != null) {
      b.healthCheck(healthCheck);
    }
    for (String e : env) {
      b.env(KeyValue.parse(e, "--env"));
    }
    for (String s : secrets) {
      b.secret(Secret.parse(s));
    }
    for (String t : tags) {
      b.tag(KeyValue.parse(t, "--tag"));
    }
    for (String u : ulimits) {
      b.ulimit(Ulimit.parse(u));
    }
    if (!ports.isEmpty()) {
      b.clearPorts();
      for (String p : ports) {
        b.port(PortMapping.parse(p));
      }
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

}
