package dev.neuronecs.validate;

import dev.neuronecs.catalog.InstanceType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The instance types a task definition's memberOf constraints allow, read from their cluster query
 * language expressions: {@code attribute:ecs.instance-type == inf2.xlarge}, {@code ... in [a, b]}
 * and {@code ... =~ inf2.*}, joined with {@code and} / {@code or}. Several constraints all apply.
 * Clauses about other attributes do not restrict the type; {@code not(...)} and {@code !=} are not
 * taken as pinning the task either.
 */
final class Placement {
  private static final Pattern CLAUSE =
      Pattern.compile(
          "attribute:ecs\\.instance-type\\s*(==|=~|\\bequals\\b|\\bin\\b|\\bmatches\\b)\\s*(.+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OR = Pattern.compile("\\s+or\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

  /** An instance type named in an expression, as written. */
  record Mention(String path, String name) {}

  private final boolean pinned;
  private final Set<String> allowed;
  private final List<InstanceType> types;
  private final List<Mention> mentions;
  private final String path;

  private Placement(boolean pinned, Set<String> allowed, List<InstanceType> types, List<Mention> mentions, String path) {
    this.pinned = pinned;
    this.allowed = allowed;
    this.types = types;
    this.mentions = mentions;
    this.path = path;
  }

  static Placement of(TaskDocument doc) {
    List<String> catalogNames = doc.catalog().names();
    List<Mention> mentions = new ArrayList<>();
    Set<String> allowed = null;
    boolean pinned = false;
    String base = doc.pathOf("placementConstraints");
    List<Object> constraints = Nodes.list(doc.taskDefinition().get("placementConstraints"));
    for (int i = 0; i < constraints.size(); i++) {
      Map<String, Object> c = Nodes.map(constraints.get(i));
      String expression = Nodes.string(c.get("expression"));
      if (!"memberOf".equals(c.get("type")) || expression == null) {
        continue;
      }
      String where = Nodes.key(Nodes.index(base, i), "expression");
      Set<String> these = expression(expression, where, catalogNames, mentions);
      if (these != null) {
        pinned = true;
        if (allowed == null) {
          allowed = these;
        } else {
          allowed.retainAll(these);
        }
      }
    }
    List<InstanceType> types = new ArrayList<>();
    if (allowed != null) {
      for (InstanceType t : doc.catalog().all()) {
        if (allowed.contains(t.name())) {
          types.add(t);
        }
      }
    }
    return new Placement(pinned, allowed == null ? Set.of() : allowed, types, mentions, base);
  }

  /** The lowercase names one expression allows, or null when it does not restrict the type. */
  private static Set<String> expression(String expression, String where, List<String> catalog, List<Mention> mentions) {
    Set<String> union = new LinkedHashSet<>();
    for (String branch : OR.split(expression.trim())) {
      Set<String> inBranch = null;
      for (String clause : AND.split(branch.trim())) {
        Set<String> names = clause(strip(clause), where, catalog, mentions);
        if (names == null) {
          continue;
        }
        if (inBranch == null) {
          inBranch = names;
        } else {
          inBranch.retainAll(names);
        }
      }
      if (inBranch == null) {
        return null;
      }
      union.addAll(inBranch);
    }
    return union;
  }

  private static Set<String> clause(String clause, String where, List<String> catalog, List<Mention> mentions) {
    Matcher m = CLAUSE.matcher(clause);
    if (!m.matches()) {
      return null;
    }
    String op = m.group(1).toLowerCase(Locale.ROOT);
    String value = m.group(2).trim();
    Set<String> names = new LinkedHashSet<>();
    if (op.equals("=~") || op.equals("matches")) {
      try {
        Pattern regex = Pattern.compile(unquote(value));
        for (String name : catalog) {
          if (regex.matcher(name).matches()) {
            names.add(name);
          }
        }
      } catch (PatternSyntaxException e) {
        return null;
      }
      return names;
    }
    List<String> raw = new ArrayList<>();
    if (op.equals("in")) {
      String list = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
      for (String item : list.split(",")) {
        if (!item.isBlank()) {
          raw.add(unquote(item.trim()));
        }
      }
    } else {
      raw.add(unquote(value));
    }
    for (String name : raw) {
      mentions.add(new Mention(where, name));
      names.add(name.toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static String strip(String clause) {
    String c = clause.trim();
    while (c.startsWith("(")) {
      c = c.substring(1).trim();
    }
    while (c.endsWith(")") && !c.endsWith("()")) {
      c = c.substring(0, c.length() - 1).trim();
    }
    return c;
  }

  private static String unquote(String s) {
    String t = s.trim();
    if (t.length() >= 2
        && ((t.startsWith("\"") && t.endsWith("\"")) || (t.startsWith("'") && t.endsWith("'")))) {
      return t.substring(1, t.length() - 1).trim();
    }
    return t;
  }

  /** Whether some memberOf constraint restricts ecs.instance-type. */
  boolean pinned() {
    return pinned;
  }

  /** The lowercase type names the constraints allow (known or not); empty when not pinned. */
  Set<String> allowed() {
    return allowed;
  }

  /** The catalog's types among those allowed, in catalog order. */
  List<InstanceType> types() {
    return types;
  }

  /** Every type named with == or in, as written, with the expression's path. */
  List<Mention> mentions() {
    return mentions;
  }

  /** The path of placementConstraints. */
  String path() {
    return path;
  }
}
