package dev.neuronecs.render;

import dev.neuronecs.taskdef.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes between task definitions for people, one a line ({@code ~ path: old -> new}, {@code +
 * path: new}, {@code - path: old}, values as compact JSON), and as a JSON tree for scripts.
 */
public final class ChangeText {
  private ChangeText() {}

  public static String line(Change c) {
    return switch (c.kind()) {
      case ADDED -> "+ " + c.path() + ": " + Json.compact(c.after());
      case REMOVED -> "- " + c.path() + ": " + Json.compact(c.before());
      case CHANGED -> "~ " + c.path() + ": " + Json.compact(c.before()) + " -> " + Json.compact(c.after());
    };
  }

  public static String lines(List<Change> changes) {
    StringBuilder sb = new StringBuilder();
    for (Change c : changes) {
      sb.append(line(c)).append('\n');
    }
    return sb.toString();
  }

  /** Each change as {@code {"op": "add"|"remove"|"change", "path": ..., "old": ..., "new": ...}}. */
  public static List<Object> tree(List<Change> changes) {
    List<Object> out = new ArrayList<>();
    for (Change c : changes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("op", c.kind().op());
      m.put("path", c.path());
      if (c.before() != null) {
        m.put("old", c.before());
      }
      if (c.after() != null) {
        m.put("new", c.after());
      }
      out.add(m);
    }
    return out;
  }
}
