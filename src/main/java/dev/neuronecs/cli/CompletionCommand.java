package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuron-ecs completion bash|zsh}: prints a shell completion script. */
final class CompletionCommand implements Callable<Integer> {
  private final CliContext context;

  private final CommandSpec spec =
      CommandDef.command(
              "completion",
              this,
              "Print a shell completion script: commands, options and their values (instance types too).",
              "",
              "  bash: source <(neuron-ecs completion bash)      or save it in /etc/bash_completion.d/",
              "  zsh:  source <(neuron-ecs completion zsh)       or save it as _neuron-ecs on your fpath")
          .parameter("SHELL", "1", "bash or zsh.")
          .spec();

  CompletionCommand(CliContext context) {
    this.context = context;
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    String shell = new Args(spec).parameter(0);
    String script = script(shell, CommandLines.create(context, spec.commandLine().getOut(), spec.commandLine().getErr()));
    Output.emit(spec.commandLine().getOut(), script, null, null);
    return 0;
  }

  /** The completion script for {@code shell} over the whole command tree {@code root}. */
  static String script(String shell, CommandLine root) {
    String bash = AutoComplete.bash("neuron-ecs", root);
    return switch (shell.toLowerCase(Locale.ROOT)) {
      case "bash" -> bash;
      case "zsh" -> "#compdef neuron-ecs\n"
          + "# zsh completion for neuron-ecs: the bash script, through zsh's bashcompinit\n"
          + "autoload -U +X compinit && compinit\n"
          + "autoload -U +X bashcompinit && bashcompinit\n"
          + bash;
      default -> throw NeuronEcsException.usage("completion for '" + shell + "' is not available; use bash or zsh");
    };
  }
}
