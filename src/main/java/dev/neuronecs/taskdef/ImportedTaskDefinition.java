package dev.neuronecs.taskdef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task definition read from a file, made fit for RegisterTaskDefinition: the output of {@code aws
 * ecs describe-task-definition} is unwrapped (its {@code taskDefinition} object plus its {@code
 * tags}) and the keys only ECS writes are dropped. {@link #dropped()} names them for a note.
 */
public record ImportedTaskDefinition(Map<String, Object> document, List<String> dropped) {
  /** Keys that DescribeTaskDefinition returns but RegisterTaskDefinition does not take. */
  public static final List<String> READ_ONLY_KEYS =
      List.of(
          "taskDefinitionArn",
          "revision",
          "status",
          "requiresAttributes",
          "compatibilities",
          "registeredAt",
          "registeredBy",
          "deregisteredAt",
          "deleteRequestedAt");

  public ImportedTaskDefinition {
    document = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(document));
    dropped = List.copyOf(dropped);
  }

  /** Unwraps and strips {@code doc}; keys it does not know are kept, for the caller to judge. */
  public static ImportedTaskDefinition of(Map<String, Object> doc) {
    Map<String, Object> td = new LinkedHashMap<>();
    List<String> dropped = new ArrayList<>();
    if (isDescribeOutput(doc)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> inner = (Map<String, Object>) doc.get("taskDefinition");
      td.putAll(inner);
      for (Map.Entry<String, Object> e : doc.entrySet()) {
        if (e.getKey().equals("taskDefinition")) {
          continue;
        }
        if (e.getKey().equals("tags") && isEmptyList(e.getValue())) {
          continue;
        }
        td.put(e.getKey(), e.getValue());
      }
    } else {
      td.putAll(doc);
    }
    for (String key : READ_ONLY_KEYS) {
      if (td.containsKey(key)) {
        td.remove(key);
        dropped.add(key);
      }
    }
    return new ImportedTaskDefinition(td, dropped);
  }

  /** True for {@code {"taskDefinition": {...}, "tags": [...]}}, what describe-task-definition prints. */
  static boolean isDescribeOutput(Map<String, Object> doc) {
    return doc.get("taskDefinition") instanceof Map
        && !doc.containsKey("family")
        && !doc.containsKey("containerDefinitions");
  }

  private static boolean isEmptyList(Object value) {
    return value == null || (value instanceof List<?> list && list.isEmpty());
  }
}
