package dev.neuronecs.cli;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.taskdef.Generated;
import dev.neuronecs.taskdef.TaskDefinitionBuilder;
import dev.neuronecs.taskdef.TaskDefinitionTree;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code neuron-ecs gen}: prints a register-ready task definition. */
@Command(
    addMethodSubcommands = false,
    name = "gen",
    description = {
      "Print a register-ready ECS task definition for a Neuron instance type:",
      "its chips mapped as devices, pinned to that type with a memberOf constraint.",
      "",
      "  aws ecs register-task-definition --cli-input-json \"$(neuron-ecs gen --instance inf2.24xlarge)\""
    })
final class GenCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin TaskOptions task;

  @Mixin RegionOption region;

  @Mixin DocumentFormatOption format;

  @Option(
      names = "--output-file",
      paramLabel = "FILE",
      description = "Write the document to FILE (atomically) instead of stdout.")
  Path outputFile;

  GenCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String format = this.format.format();
    Generated generated =
        new TaskDefinitionBuilder(Catalog.builtIn()).build(task.toRequest(context, region.value()).build());
    String text = Output.render(TaskDefinitionTree.of(generated.taskDefinition()), format);
    Output.notes(spec.commandLine().getErr(), generated.notes());
    Output.emit(spec.commandLine().getOut(), text, outputFile, "--output-file");
    return 0;
  }
}
