package dev.neuronecs.testing;

import dev.neuronecs.cli.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in process, through the same factory as main, with captured writers. */
public final class Cli {
  private Cli() {}

  public static CliResult run(String... args) {
    return run(Map.of(), args);
  }

  public static CliResult run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = CommandLines.run(env, o, e, args);
    }
    return new CliResult(code, out.toString(), err.toString());
  }
}
