package dev.neuronecs.taskdef;

import java.util.List;

/**
 * What a preset contributes to a task definition; every member may be overridden by its own
 * option. Null members and empty lists contribute nothing.
 *
 * @param efa EFA interfaces to map by default, or null
 * @param sharedMemoryPercent /dev/shm as a percentage of the task's memory, or null
 * @param sharedMemoryMaxMiB the cap on that size, in MiB
 */
public record Workload(
    String containerName,
    String image,
    List<String> command,
    List<PortMapping> ports,
    List<KeyValue> environment,
    HealthCheck healthCheck,
    Integer efa,
    List<Ulimit> ulimits,
    Integer sharedMemoryPercent,
    int sharedMemoryMaxMiB,
    String networkMode) {
  public Workload {
    command = command == null ? null : List.copyOf(command);
    ports = List.copyOf(ports);
    environment = List.copyOf(environment);
    ulimits = List.copyOf(ulimits);
  }

  /** No preset: nothing beyond the generic defaults. */
  public static final Workload NONE =
      new Workload(null, null, null, List.of(), List.of(), null, null, List.of(), null, 0, null);
}
