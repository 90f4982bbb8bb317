package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "gen", "catalog", "register", "diff", "ami", "run"})
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
}
