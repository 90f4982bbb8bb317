package dev.neuronecs.cli;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the commands get from outside: the environment (AWS_REGION, AWS credentials, spec-file
 * variables) and standard input. Tests pass their own, so no command reads global state.
 */
public final class CliContext {
  private final Map<String, String> env;
  private final Supplier<InputStream> stdin;

  /** A context whose standard input is empty. */
  public CliContext(Map<String, String> env) {
    this(env, InputStream::nullInputStream);
  }

  public CliContext(Map<String, String> env, Supplier<InputStream> stdin) {
    this.env = Map.copyOf(env);
    this.stdin = stdin;
  }

  public Map<String, String> env() {
    return env;
  }

  /** Standard input, for {@code --file -}. */
  public InputStream stdin() {
    return stdin.get();
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
