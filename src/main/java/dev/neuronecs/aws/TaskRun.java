package dev.neuronecs.aws;

import java.util.List;
import java.util.Map;

/**
 * What {@code run} asks RunTask for.
 *
 * @param cluster cluster name or ARN
 * @param taskDefinition family, family:revision or ARN
 * @param count how many tasks (1 to 10)
 * @param placementConstraints {@code {"type": "memberOf", "expression": ...}} each
 * @param subnets for awsvpc tasks; empty otherwise
 * @param securityGroups for awsvpc tasks; may be empty
 */
public record TaskRun(
    String cluster,
    String taskDefinition,
    int count,
    List<Map<String, String>> placementConstraints,
    List<String> subnets,
    List<String> securityGroups) {
  public TaskRun {
    placementConstraints = List.copyOf(placementConstraints);
    subnets = List.copyOf(subnets);
    securityGroups = List.copyOf(securityGroups);
  }
}
