package dev.neuronecs.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lenient reads of a plain JSON tree, and JSON paths. A value of the wrong type reads as absent
 * (an empty map or list, or null), so the rules never throw on odd input; the structure rule
 * reports the wrong type.
 */
final class Nodes {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private Nodes() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return o instanceof List<?> l ? (List<Object>) l : List.of();
  }

  static String string(Object o) {
    return o instanceof String s ? s : null;
  }

  /** The string items of a list; other items are skipped. */
  static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    for (Object item : list(o)) {
      if (item instanceof String s) {
        out.add(s);
      }
    }
    return out;
  }

  /** The path of member {@code key} of the object at {@code parent}: a.b, or a["odd key"]. */
  static String key(String parent, String key) {
    if (IDENTIFIER.matcher(key).matches()) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    StringBuilder sb = new StringBuilder(parent).append('[');
    dev.neuronecs.render.Json.string(sb, key);
    return sb.append(']').toString();
  }

  /** The path of item {@code i} of the list at {@code parent}: a[3]. */
  static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }

  /** A whole number of any JSON integer size, or null for anything else. */
  static Long whole(Object o) {
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      return ((Number) o).longValue();
    }
    if (o instanceof java.math.BigInteger b && b.bitLength() < 63) {
      return b.longValue();
    }
    return null;
  }
}
