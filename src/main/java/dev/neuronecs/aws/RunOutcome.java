package dev.neuronecs.aws;

import java.util.List;
import java.util.Map;

/**
 * What RunTask answered.
 *
 * @param tasks the started tasks: taskArn, lastStatus, containerInstanceArn (when known)
 * @param failures what ECS could not place: arn, reason, detail (when given)
 */
public record RunOutcome(List<Map<String, Object>> tasks, List<Map<String, Object>> failures) {
  public RunOutcome {
    tasks = List.copyOf(tasks);
    failures = List.copyOf(failures);
  }
}
