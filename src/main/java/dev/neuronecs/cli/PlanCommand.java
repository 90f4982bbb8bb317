package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.plan.Plan;
import dev.neuronecs.plan.PlanRequest;
import dev.neuronecs.plan.Planner;
import dev.neuronecs.render.PlanView;
import dev.neuronecs.taskdef.TaskDefinitionTree;
import dev.neuronecs.taskdef.TaskRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code neuron-ecs plan}: several tasks on one instance, topology-aware, none sharing a chip. */
@Command(
    addMethodSubcommands = false,
    name = "plan",
    description = {
      "Split a Neuron instance into slots: one task definition per slot, each on its own contiguous,"
          + " topology-valid range of chips, with its own NeuronCores, its share of CPU and memory,"
          + " and a static host port that keeps two tasks of one slot off the same instance.",
      "",
      "  neuron-ecs plan --instance inf2.48xlarge --tasks 6 --explain",
      "  aws ecs register-task-definition --cli-input-json \"$(neuron-ecs plan --instance inf2.48xlarge --tasks 6 --slot 1)\""
    })
final class PlanCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin TaskOptions task;

  @Mixin RegionOption region;

  @Mixin DocumentFormatOption format;

  @Mixin FromEc2Options ec2;

  @Option(
      names = "--chips-per-task",
      paramLabel = "N",
      description = "Chips in every slot; as many slots as fit, from chip 0.")
  Integer chipsPerTask;

  @Option(
      names = "--tasks",
      paramLabel = "K",
      description = "Number of slots; K must split the chips evenly into topology-valid ranges.")
  Integer tasks;

  @Option(
      names = "--slot",
      paramLabel = "I",
      description = "Print only slot I's task definition (slots count from 0).")
  Integer slot;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "Write slot<I>.json per slot and the summary plan.json to DIR (created if missing).")
  Path outputDir;

  @Option(
      names = "--explain",
      description = "Print, for people, the instance, what each slot gets, why, and how to run the slots.")
  boolean explain;

  @Option(
      names = "--guard-port-base",
      paramLabel = "PORT",
      description = "Without --port, slot I maps the guard host port PORT+I. Default: "
          + Planner.DEFAULT_GUARD_PORT_BASE + ".")
  Integer guardPortBase;

  PlanCommand(CliContext context) {
    this.context = context;
  }

  /** The plan command with gen's --chips and --first-chip taken out: the planner chooses the chips. */
  static CommandLine commandLine(CliContext context) {
    CommandLine cmd = new CommandLine(new PlanCommand(context));
    CommandSpec spec = cmd.getCommandSpec();
    spec.remove(spec.findOption("--chips"));
    spec.remove(spec.findOption("--first-chip"));
    return cmd;
  }

  @Override
  public Integer call() {
    String format = this.format.format();
    refuseConflicts();
    ec2.refuseWithout(task.fromEc2);
    TaskRequest taskRequest = task.toRequest(context, region.value()).build();
    List<String> notes = new ArrayList<>();
    Catalog catalog =
        task.fromEc2
            ? FromEc2.catalog(
                context, taskRequest, ec2.settings(context, taskRequest.region(), AwsOptions.verbose(spec)),
                spec.commandLine().getErr(), notes)
            : context.catalog();
    PlanRequest request = new PlanRequest(taskRequest, chipsPerTask, tasks, guardPortBase);
    Plan plan = new Planner(catalog).plan(request);
    checkSlot(plan);
    notes.addAll(plan.notes());
    if (outputDir != null) {
      notes.addAll(PlanFiles.write(plan, outputDir, format));
    }
    PrintWriter out = spec.commandLine().getOut();
    Output.notes(spec.commandLine().getErr(), notes);
    if (explain) {
      Output.emit(out, PlanView.explain(plan), null, null);
    } else if (slot != null) {
      Output.emit(out, Output.render(TaskDefinitionTree.of(plan.slots().get(slot).taskDefinition()), format), null, null);
    } else if (outputDir == null) {
      Output.emit(out, Output.render(PlanView.taskDefinitions(plan), format), null, null);
    }
    return 0;
  }

  private void refuseConflicts() {
    if (slot != null && outputDir != null) {
      throw NeuronEcsException.usage(
          "--slot prints one task definition and --output-dir writes them all; give one of them");
    }
    if (slot != null && explain) {
      throw NeuronEcsException.usage(
          "--explain prints text for people and --slot prints one task definition; give one of them");
    }
  }

  private void checkSlot(Plan plan) {
    int n = plan.slots().size();
    if (slot != null && (slot < 0 || slot >= n)) {
      throw NeuronEcsException.usage(
          "--slot "
              + slot
              + " is not a slot of this plan: it has "
              + (n == 1 ? "one slot, 0" : n + " slots, 0 to " + (n - 1)));
    }
  }
}
