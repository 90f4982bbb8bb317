package dev.neuronecs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: holds the shared options and lists the subcommands. */
@Command(
    addMethodSubcommands = false,
    name = "neuron-ecs",
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Amazon ECS task definitions for AWS Neuron workloads (Inf1, Inf2, Trn1, Trn2).",
      "Stdout carries only the document or result; notes go to stderr."
    })
final class NeuronEcsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin HelpOptions help;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Show stack traces and details of failures.")
  boolean verbose;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required, e.g. 'neuron-ecs gen --instance inf2.24xlarge'");
  }
}
