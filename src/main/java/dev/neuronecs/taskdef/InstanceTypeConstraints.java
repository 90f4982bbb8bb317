package dev.neuronecs.taskdef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code memberOf} placement constraints of a task definition that pin it to instance types,
 * e.g. {@code attribute:ecs.instance-type == inf2.xlarge}; {@code run} passes them to RunTask, as
 * the AWS guide's {@code aws ecs run-task} example does.
 */
public final class InstanceTypeConstraints {
  private static final Pattern INSTANCE_TYPE = Pattern.compile("(?i)\\battribute:ecs\\.instance-type\\b");

  private InstanceTypeConstraints() {}

  /** Each as {@code {"type": "memberOf", "expression": ...}}, in document order. */
  public static List<Map<String, String>> of(Map<String, Object> taskDefinition) {
    List<Map<String, String>> out = new ArrayList<>();
    if (!(taskDefinition.get("placementConstraints") instanceof List<?> constraints)) {
      return out;
    }
    for (Object item : constraints) {
      if (item instanceof Map<?, ?> c
          && "memberOf".equals(c.get("type"))
          && c.get("expression") instanceof String expression
          && INSTANCE_TYPE.matcher(expression).find()) {
        Map<String, String> constraint = new LinkedHashMap<>();
        constraint.put("type", "memberOf");
        constraint.put("expression", expression);
        out.add(constraint);
      }
    }
    return out;
  }
}
