package dev.neuronecs.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the commands get from outside: the environment (AWS_REGION, spec-file variables) and standard
 * input. Tests pass their own, so no command reads global state.
 */
public final class CliContext {
  private final Map<String, String> env;
  private final Supplier<InputStream> stdin;

  /** A context without standard input (reading "-" sees an empty stream). */
  public CliContext(Map<String, String> env) {
    this(env, () -> new ByteArrayInputStream(new byte[0]));
  }

  public CliContext(Map<String, String> env, Supplier<InputStream> stdin) {
    this.env = Map.copyOf(env);
    this.stdin = stdin;
  }

  /** Standard input, for commands that read a document from "-". */
  public InputStream stdin() {
    return stdin.get();
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
