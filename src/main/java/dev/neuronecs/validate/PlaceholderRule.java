package dev.neuronecs.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template placeholders left in the document ({@code placeholder}): {@code ${NAME}}, {@code {{name}}},
 * {@code <your-region>} and {@code $NAME}, as AWS's examples and envsubst templates write them. ECS
 * does not expand them, so they reach the service or the container as written. Commands and entry
 * points are skipped, since a shell there may expand them on purpose.
 */
final class PlaceholderRule implements Rule {
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\$\\{[^}]{1,100}\\}|\\{\\{[^}]{1,100}\\}\\}|<[A-Za-z][A-Za-z0-9 _.-]{0,60}>|\\$[A-Z_][A-Z0-9_]{2,}");
  private static final Set<String> SHELL_KEYS = Set.of("command", "entryPoint");
  private static final Set<String> SENSITIVE = Set.of("environment", "secrets", "options", "secretOptions");

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    walk(doc.taskDefinition(), doc.path(""), false, out);
  }

  private static void walk(Object node, String path, boolean sensitive, List<Finding> out) {
    if (node instanceof Map<?, ?>) {
      for (Map.Entry<String, Object> e : Nodes.map(node).entrySet()) {
        if (SHELL_KEYS.contains(e.getKey())) {
          continue;
        }
        walk(e.getValue(), Nodes.key(path, e.getKey()), sensitive || SENSITIVE.contains(e.getKey()), out);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), Nodes.index(path, i), sensitive, out);
      }
    } else if (node instanceof String s) {
      List<String> found = new ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(s);
      while (m.find() && found.size() < 3) {
        found.add(m.group());
      }
      if (!found.isEmpty()) {
        out.add(
            Finding.warning(
                path,
                "placeholder",
                sensitive
                    ? "the value looks like it still holds a template placeholder"
                    : "the value still holds the placeholder " + String.join(", ", found) + "; ECS does not"
                        + " expand it",
                "replace the placeholder with the real value before registering (the template step did not"
                    + " run or missed it)"));
      }
    }
  }
}
