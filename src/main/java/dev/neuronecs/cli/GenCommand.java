package dev.neuronecs.cli;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.taskdef.Generated;
import dev.neuronecs.taskdef.TaskDefinitionBuilder;
import dev.neuronecs.taskdef.TaskDefinitionTree;
import dev.neuronecs.taskdef.TaskRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Mixin FromEc2Options ec2;

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
    ec2.refuseWithout(task.fromEc2);
    TaskRequest request = task.toRequest(context, region.value()).build();
    PrintWriter err = spec.commandLine().getErr();
    List<String> notes = new ArrayList<>();
    Catalog catalog =
        task.fromEc2
            ? FromEc2.catalog(context, request, ec2.settings(context, request.region(), AwsOptions.verbose(spec)), err, notes)
            : context.catalog();
    Generated generated = new TaskDefinitionBuilder(catalog).build(request);
    String text = Output.render(TaskDefinitionTree.of(generated.taskDefinition()), format);
    notes.addAll(generated.notes());
    Output.notes(err, notes);
    Output.emit(spec.commandLine().getOut(), text, outputFile, "--output-file");
    return 0;
  }
}
