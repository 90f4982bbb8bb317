package dev.neuronecs.taskdef;

import java.util.List;
import java.util.Map;

/**
 * Compares a task definition we would register with the revision ECS holds, after dropping ECS's
 * read-only keys and normalizing both ({@link Normalizer}): no change means registering again
 * would give an identical revision.
 */
public final class Comparison {
  private Comparison() {}

  /**
   * The changes from {@code registered} (a described revision, read-only keys and all; null when
   * the family has none) to {@code desired}.
   */
  public static List<Change> changes(Map<String, Object> registered, Map<String, Object> desired) {
    Map<String, Object> before =
        registered == null ? Map.of() : Normalizer.normalize(ImportedTaskDefinition.of(registered).document());
    return TreeDiff.between(before, Normalizer.normalize(desired));
  }
}
