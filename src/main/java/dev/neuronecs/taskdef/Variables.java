package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;
import java.util.Map;

/**
 * Expands {@code ${NAME}} and {@code ${NAME:-default}} from the environment; {@code $$} is a
 * literal {@code $}. A variable that is not set (and has no default) is an error, never "".
 */
public final class Variables {
  private Variables() {}

  public static String expand(String text, Map<String, String> env, String where) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          throw NeuronEcsException.usage(where + ": '${' without a closing '}' in \"" + text + "\"");
        }
        out.append(lookup(text.substring(i + 2, close), env, where));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String lookup(String expression, Map<String, String> env, String where) {
    int sep = expression.indexOf(":-");
    String name = sep < 0 ? expression : expression.substring(0, sep);
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw NeuronEcsException.usage(where + ": '${" + expression + "}' is not a variable name");
    }
    String value = env.get(name);
    if (value != null && !(sep >= 0 && value.isEmpty())) {
      return value;
    }
    if (sep >= 0) {
      return expression.substring(sep + 2);
    }
    throw NeuronEcsException.usage(
        where + ": ${" + name + "} is not set in the environment; export it, or give a default with ${"
            + name + ":-value}");
  }
}
