package dev.neuronecs.cli;

import dev.neuronecs.catalog.Catalog;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the commands get from outside: the environment (AWS_REGION, AWS credentials, spec-file
 * variables), standard input, and the instance catalog that gen, plan, register, diff and catalog
 * build from (the built-in one; tests pass their own). So no command reads global state.
 */
public final class CliContext {
  private final Map<String, String> env;
  private final Supplier<InputStream> stdin;
  private final Catalog catalog;

  /** A context whose standard input is empty. */
  public CliContext(Map<String, String> env) {
    this(env, InputStream::nullInputStream);
  }

  public CliContext(Map<String, String> env, Supplier<InputStream> stdin) {
    this(env, stdin, null);
  }

  /** {@code catalog} null: the built-in one, loaded only when a command needs it. */
  private CliContext(Map<String, String> env, Supplier<InputStream> stdin, Catalog catalog) {
    this.env = Map.copyOf(env);
    this.stdin = stdin;
    this.catalog = catalog;
  }

  /** This context with another instance catalog (tests: a catalog with a changed row). */
  public CliContext withCatalog(Catalog other) {
    return new CliContext(env, stdin, other);
  }

  /** The instance catalog commands build from: the built-in one unless a test gave another. */
  public Catalog catalog() {
    return catalog != null ? catalog : Catalog.builtIn();
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
