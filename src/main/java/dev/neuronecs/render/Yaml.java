package dev.neuronecs.render;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a JSON tree as block-style YAML. Strings are always double-quoted (YAML's double-quoted
 * style takes JSON's escapes), so no value can turn into a number, a boolean or a null by accident.
 */
public final class Yaml {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private Yaml() {}

  public static String write(Object tree) {
    StringBuilder sb = new StringBuilder();
    if (tree instanceof Map<?, ?> map && !map.isEmpty()) {
      mapping(sb, map, 0);
    } else if (tree instanceof List<?> list && !list.isEmpty()) {
      sequence(sb, list, 0);
    } else {
      inline(sb, tree);
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void mapping(StringBuilder sb, Map<?, ?> map, int indent) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      pad(sb, indent);
      key(sb, String.valueOf(e.getKey()));
      sb.append(':');
      member(sb, e.getValue(), indent + 1);
    }
  }

  /**
   * What follows "key:": an inline scalar, a flow sequence of scalars ({@code ["read", "write"]}),
   * or a nested block on the next lines.
   */
  private static void member(StringBuilder sb, Object v, int indent) {
    if (v instanceof List<?> scalars && !scalars.isEmpty() && Json.allScalars(scalars)) {
      sb.append(' ').append(Json.compact(scalars)).append('\n');
    } else if (v instanceof Map<?, ?> map && !map.isEmpty()) {
      sb.append('\n');
      mapping(sb, map, indent);
    } else if (v instanceof List<?> list && !list.isEmpty()) {
      sb.append('\n');
      sequence(sb, list, indent);
    } else {
      sb.append(' ');
      inline(sb, v);
      sb.append('\n');
    }
  }

  private static void sequence(StringBuilder sb, List<?> list, int indent) {
    for (Object item : list) {
      pad(sb, indent);
      sb.append('-');
      if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        sb.append(' ');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (!first) {
            pad(sb, indent + 1);
          }
          first = false;
          key(sb, String.valueOf(e.getKey()));
          sb.append(':');
          member(sb, e.getValue(), indent + 2);
        }
      } else if (item instanceof List<?> inner && !inner.isEmpty()) {
        sb.append('\n');
        sequence(sb, inner, indent + 1);
      } else {
        sb.append(' ');
        inline(sb, item);
        sb.append('\n');
      }
    }
  }

  private static void inline(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Map<?, ?>) {
      sb.append("{}");
    } else if (v instanceof List<?>) {
      sb.append("[]");
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else {
      Json.string(sb, v.toString());
    }
  }

  private static void key(StringBuilder sb, String key) {
    if (PLAIN_KEY.matcher(key).matches() && !isReserved(key)) {
      sb.append(key);
    } else {
      Json.string(sb, key);
    }
  }

  private static boolean isReserved(String key) {
    return switch (key.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~" -> true;
      default -> false;
    };
  }

  private static void pad(StringBuilder sb, int indent) {
    for (int i = 0; i < indent; i++) {
      sb.append("  ");
    }
  }
}
