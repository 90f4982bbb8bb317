package dev.neuronecs.validate;

import dev.neuronecs.Closest;
import dev.neuronecs.render.Json;
import dev.neuronecs.validate.Schema.Kind;
import dev.neuronecs.validate.Schema.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the document against RegisterTaskDefinition's input shape ({@link Schema}): keys ECS does
 * not accept ({@code unknown-key}), wrong JSON types ({@code wrong-type}), missing required keys
 * ({@code missing-key}), values outside an enum ({@code bad-value}, or {@code distinct-instance} for
 * that one), lengths and numbers out of bounds ({@code out-of-range}), and the read-only keys of a
 * describe output ({@code read-only-key}, {@code describe-output}: notes).
 */
final class StructureRule implements Rule {
  private static final long MAX_LIST_SHOWN = 12;
  /** Keys under which values may be secrets: their values are never echoed. */
  private static final Set<String> SENSITIVE =
      Set.of("environment", "secrets", "secretOptions", "options", "repositoryCredentials", "properties", "driverOpts");

  private final Schema schema;

  StructureRule(Schema schema) {
    this.schema = schema;
  }

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    switch (doc.form()) {
      case NOT_AN_OBJECT -> out.add(
          Finding.error(
              "",
              "wrong-type",
              "the document is " + kindOf(doc.tree()) + ", not a task definition (a JSON object)",
              "give a task definition object such as 'neuron-ecs gen' prints, a --cli-input-json file"
                  + " or the output of aws ecs describe-task-definition"));
      case DESCRIBE_OUTPUT -> describeOutput(doc, out);
      case REGISTER_INPUT -> taskDefinition(doc.taskDefinition(), "", out);
    }
  }

  private void describeOutput(TaskDocument doc, List<Finding> out) {
    out.add(
        Finding.note(
            "",
            "describe-output",
            "this is aws ecs describe-task-definition output; the task definition checked is the one"
                + " under taskDefinition",
            "'neuron-ecs register' takes it as is; aws ecs register-task-definition --cli-input-json"
                + " needs the taskDefinition object alone (plus tags), without its read-only keys"));
    Map<String, Object> root = Nodes.map(doc.tree());
    List<String> known = schema.describeOutputKeys();
    for (Map.Entry<String, Object> e : root.entrySet()) {
      String key = e.getKey();
      String path = Nodes.key("", key);
      if (key.equals(TaskDocument.DESCRIBE_MEMBER)) {
        taskDefinition(Nodes.map(e.getValue()), path, out);
      } else if (known.contains(key) && schema.root().members().containsKey(key)) {
        value(e.getValue(), schema.shape(schema.root().members().get(key)), path, out);
      } else {
        out.add(unknownKey(key, path, "describe-task-definition output", known));
      }
    }
  }

  private void taskDefinition(Map<String, Object> td, String path, List<Finding> out) {
    Shape root = schema.root();
    List<String> readOnly = schema.readOnlyKeys();
    for (String key : td.keySet()) {
      if (readOnly.contains(key)) {
        out.add(
            Finding.note(
                Nodes.key(path, key),
                "read-only-key",
                "'" + key + "' is read-only: describe-task-definition reports it, RegisterTaskDefinition"
                    + " does not accept it",
                "'neuron-ecs register' drops it; remove it before giving the file to aws ecs"
                    + " register-task-definition --cli-input-json"));
      }
    }
    structure(td, root, path, out, Set.copyOf(readOnly));
  }

  private void value(Object v, Shape shape, String path, List<Finding> out) {
    switch (shape.kind()) {
      case STRUCTURE -> {
        if (v instanceof Map<?, ?>) {
          structure(Nodes.map(v), shape, path, out, Set.of());
        } else {
          out.add(wrongType(v, shape, path));
        }
      }
      case LIST -> list(v, shape, path, out);
      case MAP -> map(v, shape, path, out);
      case STRING -> string(v, shape, path, out);
      case INTEGER -> integer(v, shape, path, out);
      case BOOLEAN -> {
        if (!(v instanceof Boolean)) {
          out.add(wrongType(v, shape, path));
        }
      }
    }
  }

  private void structure(Map<String, Object> m, Shape shape, String path, List<Finding> out, Set<String> skip) {
    for (String required : shape.required()) {
      if (!m.containsKey(required)) {
        out.add(
            Finding.error(
                path,
                "missing-key",
                "'" + required + "' is missing, and ECS requires it",
                "add '" + required + "', " + kindName(schema.shape(shape.members().get(required)).kind())));
      }
    }
    for (Map.Entry<String, Object> e : m.entrySet()) {
      String key = e.getKey();
      String child = Nodes.key(path, key);
      String memberShape = shape.members().get(key);
      if (memberShape != null) {
        value(e.getValue(), schema.shape(memberShape), child, out);
      } else if (!skip.contains(key)) {
        out.add(unknownKey(key, child, shape.name(), shape.members().keySet()));
      }
    }
  }

  private void list(Object v, Shape shape, String path, List<Finding> out) {
    if (!(v instanceof List<?> items)) {
      out.add(wrongType(v, shape, path));
      return;
    }
    bounds(items.size(), shape, path, "items", out);
    Shape item = schema.shape(shape.member());
    for (int i = 0; i < items.size(); i++) {
      value(items.get(i), item, Nodes.index(path, i), out);
    }
  }

  private void map(Object v, Shape shape, String path, List<Finding> out) {
    if (!(v instanceof Map<?, ?>)) {
      out.add(wrongType(v, shape, path));
      return;
    }
    Shape value = schema.shape(shape.value());
    for (Map.Entry<String, Object> e : Nodes.map(v).entrySet()) {
      value(e.getValue(), value, Nodes.key(path, e.getKey()), out);
    }
  }

  private void string(Object v, Shape shape, String path, List<Finding> out) {
    if (!(v instanceof String s)) {
      out.add(wrongType(v, shape, path));
      return;
    }
    if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(s)) {
      out.add(badValue(s, shape, path));
      return;
    }
    bounds(s.length(), shape, path, "characters", out);
  }

  private void integer(Object v, Shape shape, String path, List<Finding> out) {
    Long n = Nodes.whole(v);
    if (n == null) {
      out.add(wrongType(v, shape, path));
      return;
    }
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      out.add(
          Finding.error(
              path, "out-of-range", n + " is too large for ECS (a 32-bit integer)", "give a value between "
                  + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE));
      return;
    }
    if ((shape.min() != null && n < shape.min()) || (shape.max() != null && n > shape.max())) {
      out.add(Finding.error(path, "out-of-range", n + " is out of range", "give " + range(shape)));
    }
  }

  private static void bounds(int size, Shape shape, String path, String unit, List<Finding> out) {
    if (shape.min() != null && size < shape.min()) {
      out.add(
          Finding.error(path, "out-of-range", "has " + size + " " + unit + "; ECS needs at least " + shape.min(),
              shape.name().equals("ContainerDefinitions")
                  ? "add a container definition (name, image, ...)"
                  : "give " + range(shape) + " " + unit));
    } else if (shape.max() != null && size > shape.max()) {
      out.add(
          Finding.error(path, "out-of-range", "has " + size + " " + unit + "; ECS accepts at most " + shape.max(),
              shape.name().equals("ContainerDefinitions")
                  ? "split the containers over several task definitions (ECS's limit is 10 per task definition)"
                  : "give " + range(shape) + " " + unit));
    }
  }

  private static String range(Shape shape) {
    if (shape.min() != null && shape.max() != null) {
      return shape.min() + " to " + shape.max();
    }
    return shape.min() != null ? "at least " + shape.min() : "at most " + shape.max();
  }

  private Finding badValue(String s, Shape shape, String path) {
    if (shape.name().equals("TaskDefinitionPlacementConstraintType") && s.equals("distinctInstance")) {
      return Finding.error(
          path,
          "distinct-instance",
          "distinctInstance is not allowed in a task definition; ECS accepts only memberOf here",
          "remove this constraint and give distinctInstance to the service or run-task instead"
              + " (aws ecs create-service --placement-constraints type=distinctInstance)");
    }
    String values = String.join(", ", shape.enumValues());
    for (String allowed : shape.enumValues()) {
      if (allowed.equalsIgnoreCase(s)) {
        String batch =
            shape.name().equals("DeviceCgroupPermission")
                ? " (AWS Batch writes READ, WRITE, MKNOD; ECS takes them in lowercase)"
                : "";
        return Finding.error(
            path,
            "bad-value",
            quote(s) + " is not one of " + values + ": ECS values are case-sensitive" + batch,
            "write " + quote(allowed));
      }
    }
    return Finding.error(
        path,
        "bad-value",
        quote(s) + " is not one of " + values,
        "use one of " + values + Closest.hint(s, shape.enumValues()));
  }

  private Finding unknownKey(String key, String path, String where, Iterable<String> known) {
    List<String> near = Closest.names(key, known, 1);
    String fix;
    if (!near.isEmpty() && near.get(0).equalsIgnoreCase(key)) {
      fix = "rename it to '" + near.get(0) + "' (keys are case-sensitive)";
    } else if (!near.isEmpty()) {
      fix = "did you mean '" + near.get(0) + "'? rename it, or remove it";
    } else {
      List<String> all = new ArrayList<>();
      known.forEach(all::add);
      fix =
          all.size() <= MAX_LIST_SHOWN
              ? "remove it; " + where + " accepts " + String.join(", ", all)
              : "remove it (the RegisterTaskDefinition API reference lists what " + where + " accepts)";
    }
    return Finding.error(path, "unknown-key", "'" + key + "' is not a key of " + where, fix);
  }

  private static Finding wrongType(Object v, Shape shape, String path) {
    String expected = kindName(shape.kind());
    String found = kindOf(v);
    boolean echo = !sensitive(path);
    String fix;
    if (v == null) {
      fix = "remove the key, or give " + expected + " (the AWS CLI refuses null)";
    } else if (shape.kind() == Kind.STRING && Nodes.whole(v) != null) {
      fix = echo ? "write it as a string: \"" + v + "\"" : "write it as a string, in quotes";
    } else if (shape.kind() == Kind.INTEGER && v instanceof String s && s.trim().matches("-?[0-9]{1,10}")) {
      fix = echo ? "write it as a number, without quotes: " + s.trim() : "write it as a number, without quotes";
    } else if (shape.kind() == Kind.BOOLEAN && v instanceof String s
        && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      fix = "write " + s.toLowerCase(Locale.ROOT) + " without quotes";
    } else if (shape.kind() == Kind.STRUCTURE && v instanceof List<?> l && l.size() == 1 && l.get(0) instanceof Map) {
      fix = "remove the brackets: give the object itself, not a list holding it";
    } else if (shape.kind() == Kind.LIST && !(v instanceof Map) && !(v instanceof List)) {
      fix = "put it in a list: [" + (echo ? scalar(v) : "...") + "]";
    } else {
      fix = "give " + expected;
    }
    return Finding.error(path, "wrong-type", "expected " + expected + ", found " + found, fix);
  }

  private static boolean sensitive(String path) {
    for (String key : SENSITIVE) {
      if (path.contains("." + key) || path.startsWith(key)) {
        return true;
      }
    }
    return false;
  }

  static String kindName(Kind kind) {
    return switch (kind) {
      case STRUCTURE, MAP -> "an object";
      case LIST -> "a list";
      case STRING -> "a string";
      case INTEGER -> "a whole number";
      case BOOLEAN -> "true or false";
    };
  }

  static String kindOf(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof Boolean) {
      return v.equals(Boolean.TRUE) ? "true (a boolean)" : "false (a boolean)";
    }
    if (v instanceof BigDecimal) {
      return "a number with a fraction";
    }
    if (v instanceof Number) {
      return Nodes.whole(v) != null ? "a number" : "a very large number";
    }
    if (v instanceof List) {
      return "a list";
    }
    if (v instanceof Map) {
      return "an object";
    }
    return v.getClass().getSimpleName();
  }

  private static String scalar(Object v) {
    if (v instanceof String s) {
      return quote(s);
    }
    return String.valueOf(v);
  }

  private static String quote(String s) {
    String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
    StringBuilder sb = new StringBuilder();
    Json.string(sb, shown);
    return sb.toString();
  }
}
