package dev.neuronecs.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ECS's rules for names: the family and each container name are 1 to 255 letters, digits, '_' or
 * '-' ({@code invalid-name}), and container names are unique within the task ({@code
 * duplicate-container-name}). ECS refuses a task definition that breaks either.
 */
final class NamesRule implements Rule {
  private static final Pattern ECS_NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    String family = Nodes.string(doc.taskDefinition().get("family"));
    if (family != null && !ECS_NAME.matcher(family).matches()) {
      out.add(invalid(doc.pathOf("family"), "family", family));
    }
    Map<String, ContainerView> seen = new HashMap<>();
    for (ContainerView c : doc.containers()) {
      String name = c.name();
      if (name == null) {
        continue;
      }
      if (!ECS_NAME.matcher(name).matches()) {
        out.add(invalid(c.path("name"), "container name", name));
      }
      ContainerView first = seen.putIfAbsent(name, c);
      if (first != null) {
        out.add(
            Finding.error(
                c.path("name"),
                "duplicate-container-name",
                "container name '" + name + "' is already used by " + first.path(),
                "give each container a name of its own"));
      }
    }
  }

  private static Finding invalid(String path, String what, String name) {
    String shown = name.length() > 60 ? name.substring(0, 57) + "..." : name;
    return Finding.error(
        path,
        "invalid-name",
        "the " + what + " '" + shown + "' is not a valid ECS name",
        "use 1 to 255 letters, digits, '_' or '-'"
            + (name.isEmpty() || name.length() > 60 ? "" : ", e.g. '" + suggestion(name) + "'"));
  }

  private static String suggestion(String name) {
    String s = name.replaceAll("[^A-Za-z0-9_-]", "-");
    return s.length() > 255 ? s.substring(0, 255) : s;
  }
}
