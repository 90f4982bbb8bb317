package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.ChipRange;
import dev.neuronecs.catalog.InstanceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a {@link TaskRequest} into a register-ready {@link TaskDefinition} for one Neuron instance
 * type: the chips as devices, pinned to that type, with defaults for everything not asked for.
 * Every rule violation is bad input with a sentence saying what would work.
 */
public final class TaskDefinitionBuilder {
  /** ECS's rule for family and container names. */
  private static final Pattern ECS_NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

  public static final String VISIBLE_CORES = "NEURON_RT_VISIBLE_CORES";
  public static final String IPC_LOCK = "IPC_LOCK";
  private static final List<String> NETWORK_MODES = List.of("bridge", "host", "awsvpc");

  private final Catalog catalog;

  public TaskDefinitionBuilder(Catalog catalog) {
    this.catalog = catalog;
  }

  public Generated build(TaskRequest request) {
    InstanceType type = instanceType(request);
    List<String> notes = new ArrayList<>();
    boolean managed = Mode.isManaged(request, type);
    ChipRange range = ChipRange.of(type, request.chips(), request.firstChip());
    int coresPerChip = LogicalCores.perChip(type.chipFamily(), request.environment());
    Workload preset =
        request.preset() == null
            ? Workload.NONE
            : Preset.parse(request.preset())
                .workload(type, range.count() * coresPerChip, request.model(), notes);
    if (request.preset() == null && request.model() != null) {
      throw NeuronEcsException.usage(
          "--model is used by a preset; add --preset tf-serving or --preset vllm, or pass the model in --command");
    }
    String family = ecsName(orDefault(request.family(), defaultFamily(type, range)), "--family");
    String networkMode =
        networkMode(orDefault(request.networkMode(), orDefault(preset.networkMode(), managed ? "awsvpc" : "bridge")));
    String region = blankToNull(request.region());
    int cpu = cpu(request.cpu(), type, range);
    int memory = memory(request.memory(), type, range);
    Efa efa = Efa.of(type, orDefault(request.efa(), preset.efa()));

    List<KeyValue> environment = environment(preset, request, type, range, managed, efa, coresPerChip);
    ContainerDefinition definition =
        new ContainerDefinition(
            ecsName(orDefault(request.containerName(), orDefault(preset.containerName(), defaultContainerName(type))), "--name"),
            image(request, preset, type, region, notes),
            true,
            orEmpty(request.entryPoint()),
            orEmpty(orDefault(request.command(), preset.command())),
            environment,
            secrets(request.secrets(), environment),
            ports(request.ports().isEmpty() ? preset.ports() : request.ports(), networkMode),
            linuxParameters(managed, range, efa, sharedMemory(request.shmSize(), preset, memory)),
            ulimits(preset, request, efa),
            managed ? List.of(Mode.NEURON_DEVICE_ALL) : List.of(),
            healthCheck(request.healthCheck(), preset.healthCheck()),
            logs(request.logGroup(), region, family));
    TaskDefinition td =
        new TaskDefinition(
            family,
            blankToNull(request.taskRoleArn()),
            blankToNull(request.executionRoleArn()),
            networkMode,
            List.of(managed ? "MANAGED_INSTANCES" : "EC2"),
            Integer.toString(cpu),
            Integer.toString(memory),
            List.of(PlacementConstraint.instanceType(type.name())),
            List.of(definition),
            Tags.check(request.tags()));
    if (!request.secrets().isEmpty() && td.executionRoleArn() == null) {
      notes.add("secrets are fetched with the task execution role: add --execution-role-arn with a role that can read them");
    }
    return new Generated(td, notes);
  }

  /** The catalog's type for the request; a missing or unknown type is bad input. */
  public InstanceType instanceType(TaskRequest request) {
    if (request.instanceType() == null || request.instanceType().isBlank()) {
      throw NeuronEcsException.usage(
          "--instance is required, e.g. --instance inf2.24xlarge; run 'neuron-ecs catalog' to list the types");
    }
    return catalog.require(
        request.instanceType(),
        "run 'neuron-ecs catalog' to list the Neuron instance types, or add --from-ec2 to build a type launched"
            + " after this release from EC2's figures");
  }

  /** "neuron-inf2-24xlarge", or "neuron-inf2-24xlarge-chips2-3" for part of the chips. */
  public static String defaultFamily(InstanceType type, ChipRange range) {
    return "neuron-" + type.name().replace('.', '-') + range.familySuffix(type);
  }

  /** "neuron-inf2": the container is named for the instance family. */
  public static String defaultContainerName(InstanceType type) {
    return "neuron-" + type.chipFamily().instanceFamily().toLowerCase(Locale.ROOT);
  }

  static String ecsName(String name, String option) {
    if (!ECS_NAME.matcher(name).matches()) {
      throw NeuronEcsException.usage(
          option
              + " '"
              + name
              + "' is not a valid ECS name: use 1 to 255 letters, digits, '_' or '-'");
    }
    return name;
  }

  private static String image(
      TaskRequest request, Workload preset, InstanceType type, String region, List<String> notes) {
    if (request.image() == null && !type.chipFamily().isKnown()) {
      throw NeuronEcsException.usage(
          type.name() + " carries " + type.chipFamily().chipName() + " chips, for which neuron-ecs has no default"
              + " image; give --image, e.g. a Neuron Deep Learning Container that supports "
              + type.chipFamily().chipName() + " (see docs/images.md)");
    }
    if (request.image() == null && preset.image() != null) {
      return preset.image();
    }
    if (request.image() != null) {
      if (request.image().isBlank()) {
        throw NeuronEcsException.usage(
            "--image is empty; give an image such as " + DefaultImages.NEURONX_INFERENCE);
      }
      return request.image().trim();
    }
    String image = DefaultImages.forChip(type.chipFamily(), region);
    notes.add(
        "no --image given; using the default "
            + type.chipFamily().instanceFamily()
            + " image "
            + image
            + (region == null && image.contains(".dkr.ecr.")
                ? " (from " + DefaultImages.DEFAULT_REGION + "; --region picks the registry)"
                : ""));
    return image;
  }

  /** The network mode asked for, lowercased ("bridge" when not given); an unknown one is bad input. */
  public static String networkMode(String mode) {
    if (mode == null) {
      return "bridge";
    }
    String m = mode.trim().toLowerCase(Locale.ROOT);
    if (!NETWORK_MODES.contains(m)) {
      throw NeuronEcsException.usage(
          "--network-mode '" + mode + "' is not one of " + String.join(", ", NETWORK_MODES));
    }
    return m;
  }

  /**
   * The chips (then any EFA devices) as devices, with IPC_LOCK as the AWS example has it; in
   * managed mode ECS maps the devices itself, so only shared memory remains.
   */
  private static LinuxParameters linuxParameters(
      boolean managed, ChipRange range, Efa efa, Integer sharedMemory) {
    if (managed) {
      return sharedMemory == null ? null : new LinuxParameters(List.of(), List.of(), sharedMemory);
    }
    List<Device> devices = new ArrayList<>();
    for (String path : range.devicePaths()) {
      devices.add(Device.readWrite(path));
    }
    devices.addAll(efa.devices());
    return new LinuxParameters(List.of(IPC_LOCK), devices, sharedMemory);
  }

  private static Integer sharedMemory(Integer asked, Workload preset, int memory) {
    if (asked != null) {
      if (asked < 1 || asked > memory) {
        throw NeuronEcsException.usage(
            "--shm-size " + asked + " must be 1 to " + memory + " MiB (the task's memory)");
      }
      return asked;
    }
    if (preset.sharedMemoryPercent() == null) {
      return null;
    }
    return Math.min(preset.sharedMemoryMaxMiB(), memory * preset.sharedMemoryPercent() / 100);
  }

  /** The preset's ulimits, memlock unlimited when EFA is mapped, then the user's (a later one wins). */
  private static List<Ulimit> ulimits(Workload preset, TaskRequest request, Efa efa) {
    Map<String, Ulimit> byName = new LinkedHashMap<>();
    for (Ulimit u : preset.ulimits()) {
      byName.put(u.name(), u);
    }
    if (efa.count() > 0) {
      byName.putIfAbsent("memlock", Ulimit.unlimited("memlock"));
    }
    for (Ulimit u : request.ulimits()) {
      byName.put(u.name(), u);
    }
    return new ArrayList<>(byName.values());
  }

  private static List<Secret> secrets(List<Secret> secrets, List<KeyValue> environment) {
    Map<String, Secret> byName = new LinkedHashMap<>();
    for (Secret s : secrets) {
      for (KeyValue kv : environment) {
        if (kv.name().equals(s.name())) {
          throw NeuronEcsException.usage(
              s.name() + " is both an environment variable and a --secret; keep only the --secret");
        }
      }
      byName.put(s.name(), s);
    }
    return new ArrayList<>(byName.values());
  }

  private static HealthCheck healthCheck(String asked, HealthCheck preset) {
    if (asked == null) {
      return preset;
    }
    if (asked.isBlank()) {
      throw NeuronEcsException.usage("--health-check is empty; give a shell command, or 'none' for no check");
    }
    if (asked.trim().equalsIgnoreCase("none")) {
      return null;
    }
    HealthCheck base = preset != null ? preset : new HealthCheck(List.of("CMD-SHELL", "true"), 30, 5, 3, 60);
    return new HealthCheck(
        List.of("CMD-SHELL", asked.trim()), base.interval(), base.timeout(), base.retries(), base.startPeriod());
  }

  /**
   * The preset's variables, the EFA variables when EFA is mapped, then the user's (a later one
   * wins); plus the visible cores when only some chips are mapped.
   */
  private static List<KeyValue> environment(
      Workload preset,
      TaskRequest request,
      InstanceType type,
      ChipRange range,
      boolean managed,
      Efa efa,
      int coresPerChip) {
    Map<String, String> env = new LinkedHashMap<>();
    for (KeyValue kv : preset.environment()) {
      env.put(kv.name(), kv.value());
    }
    if (efa.count() > 0) {
      env.remove("NEURON_SKIP_EFA_AFFINITY");
      for (KeyValue kv : Efa.ENVIRONMENT) {
        env.put(kv.name(), kv.value());
      }
    }
    for (KeyValue kv : request.environment()) {
      env.put(kv.name(), kv.value());
    }
    if (!managed && !range.isWhole(type) && !env.containsKey(VISIBLE_CORES)) {
      env.put(VISIBLE_CORES, range.visibleCores(coresPerChip));
    }
    List<KeyValue> out = new ArrayList<>();
    env.forEach((k, v) -> out.add(new KeyValue(k, v)));
    return out;
  }

  /**
   * The port mappings as registered in {@code networkMode}: each container port once; in host and
   * awsvpc mode the host port is the container port (a different one is bad input).
   */
  public static List<PortMapping> ports(List<PortMapping> given, String networkMode) {
    List<PortMapping> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (PortMapping p : given) {
      String key = p.containerPort() + "/" + p.protocol();
      if (seen.contains(key)) {
        throw NeuronEcsException.usage("--port " + key + " is given twice; map each container port once");
      }
      seen.add(key);
      if (networkMode.equals("bridge")) {
        out.add(p);
        continue;
      }
      if (p.hostPort() != null && p.hostPort() != p.containerPort()) {
        throw NeuronEcsException.usage(
            "in "
                + networkMode
                + " network mode the host port is the container port; use --port "
                + p.containerPort()
                + " instead of --port "
                + p.containerPort()
                + ":"
                + p.hostPort());
      }
      out.add(new PortMapping(p.containerPort(), p.containerPort(), p.protocol()));
    }
    return out;
  }

  private static int cpu(Integer asked, InstanceType type, ChipRange range) {
    if (asked == null) {
      return Resources.defaultCpu(type, range.count());
    }
    int max = Resources.maxCpu(type);
    if (asked < Resources.MIN_CPU || asked > max) {
      throw NeuronEcsException.usage(
          "--cpu "
              + asked
              + " does not fit "
              + type.name()
              + ": give "
              + Resources.MIN_CPU
              + " to "
              + max
              + " CPU units ("
              + type.vcpus()
              + " vCPUs x 1024)");
    }
    return asked;
  }

  private static int memory(Integer asked, InstanceType type, ChipRange range) {
    if (asked == null) {
      return Resources.defaultMemory(type, range.count());
    }
    int max = Resources.maxMemory(type);
    if (asked < Resources.MIN_MEMORY || asked > max) {
      throw NeuronEcsException.usage(
          "--memory "
              + asked
              + " does not fit "
              + type.name()
              + ": give "
              + Resources.MIN_MEMORY
              + " to "
              + max
              + " MiB (ECS registers less than the "
              + type.memoryMiB()
              + " MiB the instance has)");
    }
    return asked;
  }

  private static LogConfiguration logs(String group, String region, String family) {
    if (group == null) {
      return null;
    }
    if (group.isBlank()) {
      throw NeuronEcsException.usage("--log-group is empty; give a CloudWatch log group name");
    }
    if (region == null) {
      throw NeuronEcsException.usage(
          "--log-group needs a region for awslogs; add --region (or set AWS_REGION)");
    }
    return LogConfiguration.awslogs(group, region, family);
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
