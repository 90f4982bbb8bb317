package dev.neuronecs.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The root command: -v, -h, -V and the list of subcommands. */
final class NeuronEcsCommand implements Runnable {
  private final CommandSpec spec =
      CommandDef.command(
              "neuron-ecs",
              this,
              "Amazon ECS task definitions for AWS Neuron workloads (Inf1, Inf2, Trn1, Trn2).",
              "Stdout carries only the document or result; notes go to stderr.")
          .option(Opt.flag("-v,--verbose", "Show stack traces and details of failures.").inherited())
          .spec();

  CommandSpec spec() {
    return spec;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "a command is required, e.g. 'neuron-ecs gen --instance inf2.24xlarge'");
  }
}
