package dev.neuronecs.taskdef;

import java.util.List;

/**
 * One container of a task definition; only members RegisterTaskDefinition accepts. Empty lists and
 * null members are left out of the rendered document.
 */
public record ContainerDefinition(
    String name,
    String image,
    boolean essential,
    List<String> entryPoint,
    List<String> command,
    List<KeyValue> environment,
    List<Secret> secrets,
    List<PortMapping> portMappings,
    LinuxParameters linuxParameters,
    List<Ulimit> ulimits,
    List<ResourceRequirement> resourceRequirements,
    HealthCheck healthCheck,
    LogConfiguration logConfiguration) {
  public ContainerDefinition {
    entryPoint = List.copyOf(entryPoint);
    command = List.copyOf(command);
    environment = List.copyOf(environment);
    secrets = List.copyOf(secrets);
    portMappings = List.copyOf(portMappings);
    ulimits = List.copyOf(ulimits);
    resourceRequirements = List.copyOf(resourceRequirements);
  }

  /** The value of environment variable {@code name}, or null. */
  public String env(String name) {
    for (KeyValue kv : environment) {
      if (kv.name().equals(name)) {
        return kv.value();
      }
    }
    return null;
  }
}
