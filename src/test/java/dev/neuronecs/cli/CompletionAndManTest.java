package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Completion scripts and man pages cover every command and every option. */
class CompletionAndManTest {
  static CommandLine fullTree() {
    PrintWriter nowhere = new PrintWriter(new StringWriter());
    return CommandLines.create(new CliContext(Map.of()), nowhere, nowhere);
  }

  static Stream<CommandLine> visibleCommands() {
    return ManCommand.pages(fullTree()).stream();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh"})
  void completionCoversEveryCommandOptionAndInstanceType(String shell) {
    CliResult r = Cli.run("completion", shell);
    assertThatRun(r).succeeded();
    assertThat(r.err()).isEmpty();
    String script = r.out();
    for (CommandLine cmd : visibleCommands().toList()) {
      String name = cmd.getCommandName();
      if (cmd.getParent() != null) {
        assertThat(script).as("completion names %s", name).contains(name);
      }
      for (OptionSpec o : cmd.getCommandSpec().options()) {
        if (!o.hidden()) {
          assertThat(script).as("completion of %s offers %s", name, o.longestName()).contains(o.longestName());
        }
      }
    }
    for (String type : Catalog.builtIn().names()) {
      assertThat(script).contains("\"" + type + "\"");
    }
    assertThat(script).contains("\"tf-serving\"", "\"managed\"", "\"awsvpc\"");
    if (shell.equals("zsh")) {
      assertThat(script).startsWith("#compdef neuron-ecs");
    }
  }

  @Test
  void bashAcceptsTheScriptAndCompletesInstanceTypes() throws Exception {
    Path script = Files.createTempFile("neuron-ecs-completion", ".bash");
    Files.writeString(script, Cli.run("completion", "bash").out());
    String probe = "compopt() { :; }; source " + script + "; COMP_WORDS=(neuron-ecs gen --instance inf2.2); COMP_CWORD=3; "
        + "_complete_neuron-ecs; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process p = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out.lines().toList()).containsExactlyInAnyOrder("inf2.24xlarge");
  }

  @Test
  void unknownShellIsBadInput() {
    assertThatRun(Cli.run("completion", "fish")).isBadInput().stderrContains("use bash or zsh");
  }

  @Test
  void manPagesForEveryCommand(@TempDir Path dir) throws Exception {
    CliResult r = Cli.run("man", "--dir", dir.toString());
    assertThatRun(r).succeeded();
    assertThat(r.out()).isEmpty();
    List<CommandLine> commands = visibleCommands().toList();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .isEqualTo(commands.stream().map(ManPage::fileName).sorted().toList());
    }
    for (CommandLine cmd : commands) {
      String page = Files.readString(dir.resolve(ManPage.fileName(cmd)));
      assertThat(page).startsWith(".TH \"" + cmd.getCommandSpec().qualifiedName("-").toUpperCase() + "\" \"1\"");
      assertThat(page).contains(".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH EXIT STATUS", ".B 4\ndifferences found");
      for (OptionSpec o : cmd.getCommandSpec().options()) {
        if (!o.hidden()) {
          assertThat(page).as("%s documents %s", ManPage.fileName(cmd), o.longestName()).contains(ManPage.escape(o.longestName()));
        }
      }
      assertThat(page).doesNotContain("$${").doesNotContain("null from").doesNotContain("%n");
    }
  }

  @Test
  void manPagesAreValidRoff(@TempDir Path dir) throws Exception {
    String groff = dev.neuronecs.testing.ExternalTool.require("groff");
    Cli.run("man", "--dir", dir.toString());
    for (CommandLine cmd : visibleCommands().toList()) {
      Path page = dir.resolve(ManPage.fileName(cmd));
      Process p = new ProcessBuilder(groff, "-man", "-Tutf8", "-ww", page.toString()).start();
      String text = new String(p.getInputStream().readAllBytes()).replaceAll(".\b", "");
      String warnings = new String(p.getErrorStream().readAllBytes());
      assertThat(p.waitFor()).isZero();
      assertThat(warnings).as("groff warnings for %s", page).isEmpty();
      assertThat(text).contains(cmd.getCommandSpec().qualifiedName("-").toUpperCase() + "(1)", "EXIT STATUS");
    }
  }
}
