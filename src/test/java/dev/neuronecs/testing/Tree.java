package dev.neuronecs.testing;

import java.util.List;
import java.util.Map;

/** Walks a JSON tree by a path such as "containerDefinitions.0.linuxParameters.devices". */
public final class Tree {
  private Tree() {}

  public static Object at(Object tree, String path) {
    Object node = tree;
    for (String part : path.split("\\.")) {
      if (node instanceof Map<?, ?> map) {
        node = map.get(part);
      } else if (node instanceof List<?> list) {
        node = list.get(Integer.parseInt(part));
      } else {
        throw new AssertionError("no " + part + " in " + node + " (path " + path + ")");
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object tree, String path) {
    return (List<Object>) at(tree, path);
  }

  public static String string(Object tree, String path) {
    return (String) at(tree, path);
  }
}
