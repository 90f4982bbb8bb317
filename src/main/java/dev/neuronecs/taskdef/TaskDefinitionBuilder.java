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
    ChipRange range = ChipRange.of(type, request.chips(), request.firstChip());
    int coresPerChip = LogicalCores.perChip(type.chipFamily(), request.environment());
    String family = ecsName(orDefault(request.family(), defaultFamily(type, range)), "--family");
    String container =
        ecsName(orDefault(request.containerName(), defaultContainerName(type)), "--name");
    String networkMode = networkMode(request.networkMode());
    String region = blankToNull(request.region());

    ContainerDefinition definition =
        new ContainerDefinition(
            container,
            image(request, type, region, notes),
            true,
            orEmpty(request.entryPoint()),
            orEmpty(request.command()),
            environment(request.environment(), type, range, coresPerChip),
            List.of(),
            ports(request.ports(), networkMode),
            new LinuxParameters(List.of(IPC_LOCK), devices(range), null),
            List.of(),
            List.of(),
            null,
            logs(request.logGroup(), region, family));
    TaskDefinition td =
        new TaskDefinition(
            family,
            blankToNull(request.taskRoleArn()),
            blankToNull(request.executionRoleArn()),
            networkMode,
            List.of("EC2"),
            Integer.toString(cpu(request.cpu(), type, range)),
            Integer.toString(memory(request.memory(), type, range)),
            List.of(PlacementConstraint.instanceType(type.name())),
            List.of(definition),
            List.of());
    return new Generated(td, notes);
  }

  /** The catalog's type for the request; a missing or unknown type is bad input. */
  public InstanceType instanceType(TaskRequest request) {
    if (request.instanceType() == null || request.instanceType().isBlank()) {
      throw NeuronEcsException.usage(
          "--instance is required, e.g. --instance inf2.24xlarge; run 'neuron-ecs catalog' to list the types");
    }
    return catalog.require(request.instanceType());
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
      TaskRequest request, InstanceType type, String region, List<String> notes) {
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

  private static List<Device> devices(ChipRange range) {
    List<Device> devices = new ArrayList<>();
    for (String path : range.devicePaths()) {
      devices.add(Device.readWrite(path));
    }
    return devices;
  }

  /** The user's variables (a later one wins), plus the visible cores when only some chips are mapped. */
  private static List<KeyValue> environment(
      List<KeyValue> given, InstanceType type, ChipRange range, int coresPerChip) {
    Map<String, String> env = new LinkedHashMap<>();
    for (KeyValue kv : given) {
      env.put(kv.name(), kv.value());
    }
    if (!range.isWhole(type) && !env.containsKey(VISIBLE_CORES)) {
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

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
