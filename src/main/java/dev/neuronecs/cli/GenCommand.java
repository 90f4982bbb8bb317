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
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuron-ecs gen}: prints a register-ready task definition. */
final class GenCommand implements Callable<Integer> {
  private final CliContext context;

  private final CommandSpec spec = define();

  private TaskOptions task;

  private FromEc2Options ec2;

  private Path outputFile;

  GenCommand(CliContext context) {
    this.context = context;
  }

  private CommandSpec define() {
    CommandDef def = CommandDef.command("gen", this, "Print a register-ready ECS task definition for a Neuron instance type:",
      "its chips mapped as devices, pinned to that type with a memberOf constraint.",
      "",
      "  aws ecs register-task-definition --cli-input-json \"$(neuron-ecs gen --instance inf2.24xlarge)\"");
    TaskOptions.addTo(def, List.of());
    def.option(RegionOption.option());
    def.option(DocumentFormatOption.option());
    FromEc2Options.addTo(def);
    def.option(Opt.path("--output-file", "FILE", "Write the document to FILE (atomically) instead of stdout."));
    return def.spec();
  }

  CommandSpec spec() {
    return spec;
  }

  /** Reads the parsed options into the fields. */
  private Args read() {
    Args args = new Args(spec);
    task = TaskOptions.read(args);
    ec2 = FromEc2Options.read(args);
    outputFile = args.path("--output-file");
    return args;
  }

  @Override
  public Integer call() {
    Args args = read();
    String format = DocumentFormatOption.format(args);
    ec2.refuseWithout(task.fromEc2);
    TaskRequest request = task.toRequest(context, RegionOption.value(args)).build();
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
