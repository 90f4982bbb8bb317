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
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuron-ecs plan}: several tasks on one instance, topology-aware, none sharing a chip. */
final class PlanCommand implements Callable<Integer> {
  private final CliContext context;

  private final CommandSpec spec = define();

  private TaskOptions task;

  private FromEc2Options ec2;

  private Integer chipsPerTask;

  private Integer tasks;

  private Integer slot;

  private Path outputDir;

  private boolean explain;

  private Integer guardPortBase;

  PlanCommand(CliContext context) {
    this.context = context;
  }

  private CommandSpec define() {
    CommandDef def = CommandDef.command("plan", this, "Split a Neuron instance into slots: one task definition per slot, each on its own contiguous,"
          + " topology-valid range of chips, with its own NeuronCores, its share of CPU and memory,"
          + " and a static host port that keeps two tasks of one slot off the same instance.",
      "",
      "  neuron-ecs plan --instance inf2.48xlarge --tasks 6 --explain",
      "  aws ecs register-task-definition --cli-input-json \"$(neuron-ecs plan --instance inf2.48xlarge --tasks 6 --slot 1)\"");
    TaskOptions.addTo(def, List.of("--chips", "--first-chip"));
    def.option(RegionOption.option());
    def.option(DocumentFormatOption.option());
    FromEc2Options.addTo(def);
    def.option(Opt.integer("--chips-per-task", "N", "Chips in every slot; as many slots as fit, from chip 0."));
    def.option(Opt.integer("--tasks", "K", "Number of slots; K must split the chips evenly into topology-valid ranges."));
    def.option(Opt.integer("--slot", "I", "Print only slot I's task definition (slots count from 0)."));
    def.option(Opt.path("--output-dir", "DIR", "Write slot<I>.json per slot and the summary plan.json to DIR (created if missing)."));
    def.option(Opt.flag("--explain", "Print, for people, the instance, what each slot gets, why, and how to run the slots."));
    def.option(Opt.integer("--guard-port-base", "PORT", "Without --port, slot I maps the guard host port PORT+I. Default: "
          + Planner.DEFAULT_GUARD_PORT_BASE + "."));
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
    chipsPerTask = args.integer("--chips-per-task");
    tasks = args.integer("--tasks");
    slot = args.integer("--slot");
    outputDir = args.path("--output-dir");
    explain = args.flag("--explain");
    guardPortBase = args.integer("--guard-port-base");
    return args;
  }

  @Override
  public Integer call() {
    Args args = read();
    String format = DocumentFormatOption.format(args);
    refuseConflicts();
    ec2.refuseWithout(task.fromEc2);
    TaskRequest taskRequest = task.toRequest(context, RegionOption.value(args)).build();
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
