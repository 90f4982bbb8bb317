package dev.neuronecs.taskdef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The path-level differences between two normalized trees. Objects are compared key by key; lists
 * of objects that all carry a distinct identity ({@code name}, {@code key}, {@code hostPath},
 * {@code containerName}, {@code sourceVolume}) are matched by it, so adding one environment
 * variable is one change, not a shifted list; other lists of the same length are compared member by
 * member, and anything else is one change of the whole value.
 */
public final class TreeDiff {
  private TreeDiff() {}

  /** The changes that turn {@code before} into {@code after}, in a stable order. */
  public static List<Change> between(Object before, Object after) {
    List<Change> changes = new ArrayList<>();
    diff("", before, after, changes);
    return changes;
  }

  private static void diff(String path, Object before, Object after, List<Change> out) {
    if (before == null && after == null) {
      return;
    }
    if (before == null) {
      out.add(new Change(Change.Kind.ADDED, path, null, after));
    } else if (after == null) {
      out.add(new Change(Change.Kind.REMOVED, path, before, null));
    } else if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
      maps(path, b, a, out);
    } else if (before instanceof List<?> b && after instanceof List<?> a) {
      lists(path, b, a, out);
    } else if (!before.equals(after)) {
      out.add(new Change(Change.Kind.CHANGED, path, before, after));
    }
  }

  private static void maps(String path, Map<?, ?> before, Map<?, ?> after, List<Change> out) {
    Set<Object> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (Object key : keys) {
      diff(path.isEmpty() ? String.valueOf(key) : path + "." + key, before.get(key), after.get(key), out);
    }
  }

  private static void lists(String path, List<?> before, List<?> after, List<Change> out) {
    if (before.equals(after)) {
      return;
    }
    String identity = identity(before, after);
    if (identity != null) {
      Map<Object, Object> b = byIdentity(before, identity);
      Map<Object, Object> a = byIdentity(after, identity);
      Set<Object> union = new LinkedHashSet<>(b.keySet());
      union.addAll(a.keySet());
      List<Object> ids = new ArrayList<>(union);
      ids.sort(CanonicalOrder.INSTANCE);
      for (Object id : ids) {
        diff(path + "[" + identity + "=" + id + "]", b.get(id), a.get(id), out);
      }
    } else if (before.size() == after.size() && !allScalars(before) && !allScalars(after)) {
      for (int i = 0; i < before.size(); i++) {
        diff(path + "[" + i + "]", before.get(i), after.get(i), out);
      }
    } else {
      out.add(new Change(Change.Kind.CHANGED, path, before, after));
    }
  }

  /** The identity key every member of both lists has, with no value twice in a list; or null. */
  private static String identity(List<?> before, List<?> after) {
    for (String key : CanonicalOrder.IDENTITY_KEYS) {
      if (identifies(before, key) && identifies(after, key)) {
        return key;
      }
    }
    return null;
  }

  private static boolean identifies(List<?> list, String key) {
    Set<Object> seen = new HashSet<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> m) || m.get(key) == null || !seen.add(m.get(key))) {
        return false;
      }
    }
    return true;
  }

  private static Map<Object, Object> byIdentity(List<?> list, String key) {
    Map<Object, Object> out = new LinkedHashMap<>();
    for (Object item : list) {
      out.put(((Map<?, ?>) item).get(key), item);
    }
    return out;
  }

  private static boolean allScalars(List<?> list) {
    for (Object o : list) {
      if (o instanceof Map || o instanceof List) {
        return false;
      }
    }
    return true;
  }
}
