package dev.neuronecs.plan;

import static dev.neuronecs.catalog.ChipRange.orList;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.ChipRange;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.catalog.Topology;
import dev.neuronecs.taskdef.Generated;
import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.LogicalCores;
import dev.neuronecs.taskdef.Resources;
import dev.neuronecs.taskdef.TaskDefinitionBuilder;
import dev.neuronecs.taskdef.TaskRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one instance into slots: several tasks that never share a chip, each on a contiguous,
 * topology-valid range of chips, with CPU and memory that fit the instance together and a static
 * host port of its own. Each slot's task definition comes from {@link TaskDefinitionBuilder}, so
 * every rule of {@code gen} applies to it.
 */
public final class Planner {
  /**
   * Slot i's guard host port is this plus i: below Linux's ephemeral range (32768 and up), where
   * ECS advises against static host ports, and clear of the ports ECS reserves.
   */
  public static final int DEFAULT_GUARD_PORT_BASE = 31000;

  private final TaskDefinitionBuilder builder;

  public Planner(Catalog catalog) {
    this.builder = new TaskDefinitionBuilder(catalog);
  }

  public Plan plan(PlanRequest request) {
    TaskRequest task = request.task();
    InstanceType type = builder.instanceType(task);
    refuseWhatThePlannerSets(task);
    int chipsPerTask = chipsPerTask(type, request.chipsPerTask(), request.tasks());
    List<Integer> starts = type.topology().tile(chipsPerTask, type.chips());
    int tasks = starts.size();
    checkResources(type, task, tasks);
    String networkMode = TaskDefinitionBuilder.networkMode(task.networkMode());
    HostPorts ports = new HostPorts(networkMode, task.ports(), request.guardPortBase(), tasks);
    if (networkMode.equals("host") && ports.separation() == Separation.USER_PORTS) {
      refuseEnv(task, HostPorts.PORT_ENV, "in host network mode plan sets PORT to each slot's own port");
    }
    int coresPerChip = LogicalCores.perChip(type.chipFamily(), task.environment());

    List<String> notes = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      ChipRange range = ChipRange.of(type, chipsPerTask, starts.get(i));
      Generated generated = builder.build(slotRequest(task, type, range, ports, i));
      for (String note : generated.notes()) {
        if (!notes.contains(note)) {
          notes.add(note);
        }
      }
      slots.add(new Slot(i, range, coresPerChip, generated.taskDefinition()));
    }
    List<Integer> unused = unusedChips(type, chipsPerTask * tasks);
    if (!unused.isEmpty()) {
      notes.add(unusedNote(type, chipsPerTask, unused));
    }
    notes.addAll(ports.notes());
    if (ports.separation() == Separation.PLACEMENT_ONLY) {
      notes.add(
          "in awsvpc network mode each task has its own network interface, so host ports cannot keep"
              + " two tasks of one slot off the same instance; run each slot as its own service with a"
              + " distinctInstance placement constraint (see --explain)");
    }
    return new Plan(
        type, chipsPerTask, coresPerChip, networkMode, ports.separation(), slots, unused, notes);
  }

  private static TaskRequest slotRequest(
      TaskRequest task, InstanceType type, ChipRange range, HostPorts ports, int slot) {
    TaskRequest.Builder b = task.toBuilder().chips(range.count()).firstChip(range.first()).clearPorts();
    if (task.family() != null) {
      b.family(task.family() + range.familySuffix(type));
    }
    ports.forSlot(slot).forEach(b::port);
    ports.envForSlot(slot).forEach(b::env);
    return b.build();
  }

  /** The chips per task asked for, directly or as a number of tasks that divides the chips evenly. */
  private static int chipsPerTask(InstanceType type, Integer chipsPerTask, Integer tasks) {
    Topology topology = type.topology();
    List<Integer> evenly = topology.evenTaskCounts(type.chips());
    if (chipsPerTask != null && tasks != null) {
      throw NeuronEcsException.usage("give --chips-per-task or --tasks, not both");
    }
    if (chipsPerTask == null && tasks == null) {
      throw NeuronEcsException.usage(
          "give --chips-per-task N or --tasks K; "
              + type.name()
              + " takes "
              + orList(topology.validCounts(type.chips()))
              + " chips per task and splits evenly into "
              + orList(evenly)
              + " tasks");
    }
    if (chipsPerTask != null) {
      ChipRange.requireCount(type, chipsPerTask, "--chips-per-task");
      return chipsPerTask;
    }
    if (tasks < 1) {
      throw NeuronEcsException.usage("--tasks must be at least 1, not " + tasks);
    }
    if (!evenly.contains(tasks) && type.chips() == 1) {
      throw NeuronEcsException.usage(
          type.name() + " has a single Neuron chip, so it takes one task (--tasks 1), not " + tasks);
    }
    if (!evenly.contains(tasks)) {
      List<Integer> sizes = new ArrayList<>();
      for (int k : evenly) {
        sizes.add(type.chips() / k);
      }
      throw NeuronEcsException.usage(
          type.name()
              + "'s "
              + ChipRange.plural(type.chips(), "chip")
              + " split evenly into "
              + orList(evenly)
              + " tasks ("
              + orList(sizes)
              + " chips each), not "
              + tasks
              + " (its chips form a "
              + topology.label()
              + "); --chips-per-task N takes N chips per task and may leave chips unused");
    }
    return type.chips() / tasks;
  }

  private static void refuseWhatThePlannerSets(TaskRequest task) {
    if (task.chips() != null || task.firstChip() != null) {
      throw NeuronEcsException.usage(
          "plan chooses each slot's chips itself; give --chips-per-task N or --tasks K instead of"
              + " --chips/--first-chip");
    }
    refuseEnv(
        task,
        TaskDefinitionBuilder.VISIBLE_CORES,
        "plan sets it to each slot's own NeuronCores");
  }

  private static void refuseEnv(TaskRequest task, String name, String why) {
    for (KeyValue kv : task.environment()) {
      if (kv.name().equals(name)) {
        throw NeuronEcsException.usage("drop --env " + name + ": " + why);
      }
    }
  }

  /** --cpu and --memory are per task; all the tasks together must fit the instance. */
  private static void checkResources(InstanceType type, TaskRequest task, int tasks) {
    if (task.cpu() != null) {
      long total = (long) task.cpu() * tasks;
      int max = Resources.maxCpu(type);
      if (total > max) {
        throw NeuronEcsException.usage(
            "--cpu is per task: "
                + tasks
                + " tasks x "
                + task.cpu()
                + " = "
                + total
                + " CPU units, more than "
                + type.name()
                + " has ("
                + max
                + "); give --cpu "
                + max / tasks
                + " or less");
      }
    }
    if (task.memory() != null) {
      long total = (long) task.memory() * tasks;
      int max = Resources.maxMemory(type);
      if (total > max) {
        throw NeuronEcsException.usage(
            "--memory is per task: "
                + tasks
                + " tasks x "
                + task.memory()
                + " = "
                + total
                + " MiB, more than ECS can give tasks on "
                + type.name()
                + " ("
                + max
                + " MiB); give --memory "
                + max / tasks
                + " or less");
      }
    }
  }

  private static List<Integer> unusedChips(InstanceType type, int used) {
    List<Integer> unused = new ArrayList<>();
    for (int chip = used; chip < type.chips(); chip++) {
      unused.add(chip);
    }
    return unused;
  }

  private static String unusedNote(InstanceType type, int chipsPerTask, List<Integer> unused) {
    List<Integer> dividing = new ArrayList<>();
    for (int k : type.topology().evenTaskCounts(type.chips())) {
      dividing.add(0, type.chips() / k);
    }
    ChipRange rest = new ChipRange(unused.get(0), unused.size());
    return rest.label()
        + " of "
        + type.name()
        + " stay unused: "
        + ChipRange.plural(type.chips(), "chip")
        + " do not divide into tasks of "
        + chipsPerTask
        + "; --chips-per-task "
        + orList(dividing)
        + " uses every chip";
  }
}
