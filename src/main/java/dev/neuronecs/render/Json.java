package dev.neuronecs.render;

import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree (maps, lists, strings, numbers, booleans, null) as indented JSON with a
 * trailing newline. Keys keep the map's order, so the same tree always gives the same bytes.
 * Lists of scalars stay on one line; everything else gets a line per member.
 */
public final class Json {
  private Json() {}

  public static String write(Object tree) {
    StringBuilder sb = new StringBuilder();
    value(sb, tree, 0);
    sb.append('\n');
    return sb.toString();
  }

  /** The tree on a single line, e.g. for a one-line result. */
  public static String compact(Object tree) {
    StringBuilder sb = new StringBuilder();
    compactValue(sb, tree);
    return sb.toString();
  }

  private static void value(StringBuilder sb, Object v, int indent) {
    if (v instanceof Map<?, ?> map) {
      object(sb, map, indent);
    } else if (v instanceof List<?> list) {
      array(sb, list, indent);
    } else {
      scalar(sb, v);
    }
  }

  private static void object(StringBuilder sb, Map<?, ?> map, int indent) {
    if (map.isEmpty()) {
      sb.append("{}");
      return;
    }
    sb.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      pad(sb, indent + 1);
      string(sb, String.valueOf(e.getKey()));
      sb.append(": ");
      value(sb, e.getValue(), indent + 1);
      sb.append(++i < map.size() ? ",\n" : "\n");
    }
    pad(sb, indent);
    sb.append('}');
  }

  private static void array(StringBuilder sb, List<?> list, int indent) {
    if (list.isEmpty()) {
      sb.append("[]");
      return;
    }
    if (allScalars(list)) {
      compactValue(sb, list);
      return;
    }
    sb.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      pad(sb, indent + 1);
      value(sb, list.get(i), indent + 1);
      sb.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    pad(sb, indent);
    sb.append(']');
  }

  private static void compactValue(StringBuilder sb, Object v) {
    if (v instanceof Map<?, ?> map) {
      sb.append('{');
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (i++ > 0) {
          sb.append(", ");
        }
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        compactValue(sb, e.getValue());
      }
      sb.append('}');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        compactValue(sb, list.get(i));
      }
      sb.append(']');
    } else {
      scalar(sb, v);
    }
  }

  static boolean allScalars(List<?> list) {
    for (Object o : list) {
      if (o instanceof Map || o instanceof List) {
        return false;
      }
    }
    return true;
  }

  private static void scalar(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else {
      string(sb, v.toString());
    }
  }

  /** Appends {@code s} as a JSON string literal. */
  public static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static void pad(StringBuilder sb, int indent) {
    for (int i = 0; i < indent; i++) {
      sb.append("  ");
    }
  }
}
