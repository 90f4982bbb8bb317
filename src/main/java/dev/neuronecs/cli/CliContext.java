package dev.neuronecs.cli;

import java.util.Map;

/**
 * What the commands get from outside: the environment (AWS_REGION, spec-file variables). Tests pass
 * their own, so no command reads global state.
 */
public final class CliContext {
  private final Map<String, String> env;

  public CliContext(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public Map<String, String> env() {
    return env;
  }

  /** The value of an environment variable, or null when unset or empty. */
  public String env(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** {@code --region} if given, else AWS_REGION, else AWS_DEFAULT_REGION, else null. */
  public String region(String option) {
    if (option != null && !option.isBlank()) {
      return option.trim();
    }
    String region = env("AWS_REGION");
    return region != null ? region : env("AWS_DEFAULT_REGION");
  }
}
