package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "gen", "plan", "validate", "register", "diff", "ami", "run", "catalog", "completion"})
  void helpShowsTheExitCodes(String command) {
    CliResult r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
    assertThatRun(r).succeeded();
    assertThat(r.out())
        .contains("Exit codes:")
        .contains("0   ok", "1   runtime or AWS failure", "2   bad input or usage", "3   validation errors found", "4   differences found");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void versionPrintsTheVersion() {
    CliResult r = Cli.run("--version");
    assertThatRun(r).succeeded();
    assertThat(r.out()).startsWith("neuron-ecs ").doesNotContain("unknown");
  }

  @Test
  void noCommandIsUsage() {
    assertThatRun(Cli.run()).isBadInput().stderrContains("a command is required");
  }

  @Test
  void unknownCommandSuggests() {
    assertThatRun(Cli.run("generate")).isBadInput().stderrContains("Unmatched argument");
  }

  @Test
  void verboseShowsTheTrace() {
    CliResult r = Cli.run("gen", "--instance", "inf2.24xlarge", "--chips", "x", "--verbose");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("neuron-ecs: error: ").contains("\tat ");
  }

  @Test
  void helpRendersWithoutPicocliWarnings() {
    // picocli formats help text with String.format and reports a lone % on System.err itself, past
    // the injected writers; so this test watches System.err while every command renders its help
    PrintStream original = System.err;
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    System.setErr(new PrintStream(seen, true, StandardCharsets.UTF_8));
    try {
      for (String command : List.of("gen", "plan", "catalog")) {
        assertThatRun(Cli.run(command, "--help")).succeeded();
      }
    } finally {
      System.setErr(original);
    }
    assertThat(seen.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
  }
}
