package dev.neuronecs.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Security: {@code privileged: true} hands the container the whole host ({@code privileged}), and
 * secrets passed as plain environment values or log options are readable by anyone who can describe
 * the task definition ({@code secret-in-environment}). Values are never echoed.
 */
final class SecurityRule implements Rule {
  private static final Set<String> SECRET_WORDS =
      Set.of("password", "passwd", "passphrase", "secret", "token", "apikey", "credential", "credentials", "privatekey");
  private static final Set<String> KEY_PREFIXES = Set.of("api", "access", "private", "secret", "auth", "signing", "encryption");
  /** A name ending in one of these holds a reference to a secret, not the secret. */
  private static final Set<String> REFERENCE_WORDS =
      Set.of("name", "arn", "id", "path", "file", "url", "uri", "endpoint", "region", "type", "prefix", "header", "length", "ttl");
  private static final Pattern ACCESS_KEY_ID = Pattern.compile("(AKIA|ASIA)[0-9A-Z]{16}");
  private static final Pattern WORD = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    for (ContainerView c : doc.containers()) {
      if (c.privileged()) {
        out.add(
            Finding.warning(
                c.path("privileged"),
                "privileged",
                c.label() + " is privileged: it gets every device and capability of the host, Neuron chips"
                    + " of other tasks included",
                "remove privileged; map the devices the container needs in linuxParameters.devices and add"
                    + " only the capabilities it needs (e.g. IPC_LOCK) in linuxParameters.capabilities.add"));
      }
      for (ContainerView.EnvVar e : c.environmentEntries()) {
        if (e.value() != null && !e.value().isBlank() && !e.value().startsWith("arn:")
            && (looksSecret(e.name()) || ACCESS_KEY_ID.matcher(e.value()).find())) {
          out.add(
              Finding.warning(
                  e.path(),
                  "secret-in-environment",
                  "environment variable " + e.name() + " looks like a secret, and environment values are stored"
                      + " in plain text in the task definition, readable by anyone who can describe it",
                  "move it to secrets: {\"name\": \"" + e.name() + "\", \"valueFrom\": \"<ARN of a Secrets"
                      + " Manager secret or an SSM SecureString parameter>\"}"));
        }
      }
      Map<String, Object> log = Nodes.map(c.raw().get("logConfiguration"));
      String optionsPath = c.path("logConfiguration.options");
      for (Map.Entry<String, Object> o : Nodes.map(log.get("options")).entrySet()) {
        if (o.getValue() instanceof String v && !v.isBlank() && looksSecret(o.getKey())) {
          out.add(
              Finding.warning(
                  Nodes.key(optionsPath, o.getKey()),
                  "secret-in-environment",
                  "log option " + o.getKey() + " looks like a secret, stored in plain text in the task"
                      + " definition",
                  "move it to logConfiguration.secretOptions: {\"name\": \"" + o.getKey()
                      + "\", \"valueFrom\": \"<ARN of a secret or SSM parameter>\"}"));
        }
      }
    }
  }

  /** Whether a variable name says it holds a secret: HF_TOKEN, dbPassword, API_KEY, not TOKENIZERS_PARALLELISM. */
  static boolean looksSecret(String name) {
    List<String> words = new ArrayList<>();
    for (String w : WORD.split(name)) {
      if (!w.isEmpty()) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    if (words.isEmpty() || REFERENCE_WORDS.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (SECRET_WORDS.contains(w)) {
        return true;
      }
      if (w.equals("key") && i > 0 && KEY_PREFIXES.contains(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
