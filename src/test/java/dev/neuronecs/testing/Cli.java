package dev.neuronecs.testing;

import dev.neuronecs.cli.CliContext;
import dev.neuronecs.cli.CommandLines;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the CLI in process, through the same factory as main, with captured writers. */
public final class Cli {
  private Cli() {}

  public static CliResult run(String... args) {
    return run(Map.of(), args);
  }

  public static CliResult run(Map<String, String> env, String... args) {
    return run(new CliContext(env), args);
  }

  /** Runs with {@code stdin} as standard input (for commands reading "-"). */
  public static CliResult runWithStdin(String stdin, String... args) {
    return runWithStdin(Map.of(), stdin, args);
  }

  /** Runs with an environment and {@code stdin} as standard input (for {@code --file -}). */
  public static CliResult runWithStdin(Map<String, String> env, String stdin, String... args) {
    byte[] bytes = stdin.getBytes(StandardCharsets.UTF_8);
    return run(new CliContext(env, () -> new ByteArrayInputStream(bytes)), args);
  }

  /** Runs with raw bytes as standard input. */
  public static CliResult runWithStdin(byte[] stdin, String... args) {
    return run(new CliContext(Map.of(), () -> new ByteArrayInputStream(stdin)), args);
  }

  /** Runs with a context of the test's own (e.g. one carrying a changed catalog). */
  public static CliResult run(CliContext context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = CommandLines.run(context, o, e, args);
    }
    return new CliResult(code, out.toString(), err.toString());
  }
}
