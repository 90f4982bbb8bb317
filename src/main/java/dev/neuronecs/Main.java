package dev.neuronecs;

import dev.neuronecs.cli.CliContext;
import dev.neuronecs.cli.CommandLines;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // picocli probes for Groovy closures by loading groovy.lang.Closure, which makes the class
    // loader open every jar on the class path (a sixth of gen's start-up); we have no Groovy.
    System.setProperty("picocli.disable.closures", "true");
    // nor do we take dates, times or JDBC types: skip registering their converters by reflection
    System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = CommandLines.run(new CliContext(System.getenv(), () -> System.in), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
