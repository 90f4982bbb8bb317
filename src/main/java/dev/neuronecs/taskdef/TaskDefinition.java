package dev.neuronecs.taskdef;

import java.util.List;

/**
 * A task definition as RegisterTaskDefinition takes it (the input of {@code aws ecs
 * register-task-definition --cli-input-json}).
 *
 * @param cpu task CPU units as a string, e.g. "4096", or null
 * @param memory task memory in MiB as a string, or null
 * @param tags resource tags; rendered as {@code {"key": ..., "value": ...}}
 */
public record TaskDefinition(
    String family,
    String taskRoleArn,
    String executionRoleArn,
    String networkMode,
    List<String> requiresCompatibilities,
    String cpu,
    String memory,
    List<PlacementConstraint> placementConstraints,
    List<ContainerDefinition> containerDefinitions,
    List<KeyValue> tags) {
  public TaskDefinition {
    requiresCompatibilities = List.copyOf(requiresCompatibilities);
    placementConstraints = List.copyOf(placementConstraints);
    containerDefinitions = List.copyOf(containerDefinitions);
    tags = List.copyOf(tags);
  }

  /** The first (for our documents: the only) container. */
  public ContainerDefinition container() {
    return containerDefinitions.get(0);
  }
}
