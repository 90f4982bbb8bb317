package dev.neuronecs.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Runs every command once, in process, so that a JVM started with -XX:ArchiveClassesAtExit (or
 * -XX:AOTCacheOutput) records the classes they need. The launcher and the build use it to make
 * the class-data archive; it prints nothing and touches no file or network.
 */
public final class ArchiveWarmup {
  private ArchiveWarmup() {}

  static final List<String[]> RUNS =
      List.of(
          new String[] {"gen", "--instance", "inf2.24xlarge"},
          new String[] {"gen", "--instance", "trn1.32xlarge", "--chips", "4", "--port", "8080", "--env", "A=1", "-o", "yaml"},
          new String[] {"gen", "--instance", "trn2.48xlarge", "--preset", "vllm", "--model", "m"},
          new String[] {"gen", "--instance", "inf9.xlarge"},
          new String[] {"plan", "--instance", "inf2.48xlarge", "--tasks", "6"},
          new String[] {"plan", "--instance", "trn1.32xlarge", "--chips-per-task", "4", "--explain"},
          new String[] {"validate", "-"},
          new String[] {"register", "--help"},
          new String[] {"catalog"},
          new String[] {"catalog", "-o", "json"},
          new String[] {"--help"},
          new String[] {"gen", "--help"},
          new String[] {"--version"});

  public static void main(String[] args) {
    System.setProperty("picocli.disable.closures", "true"); // as Main does
    System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    for (String[] run : RUNS) {
      CommandLines.run(Map.of(), nowhere, nowhere, run);
    }
  }
}
