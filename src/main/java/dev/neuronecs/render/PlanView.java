package dev.neuronecs.render;

import dev.neuronecs.catalog.ChipFamily;
import dev.neuronecs.catalog.ChipRange;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.catalog.Topology;
import dev.neuronecs.plan.Plan;
import dev.neuronecs.plan.Separation;
import dev.neuronecs.plan.Slot;
import dev.neuronecs.taskdef.LogicalCores;
import dev.neuronecs.taskdef.Resources;
import dev.neuronecs.taskdef.TaskDefinitionTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plan for scripts (task definitions, a summary tree) and for people ({@code --explain}). */
public final class PlanView {
  private static final int WIDTH = 100;

  private PlanView() {}

  /** The slots' task definitions, in slot order. */
  public static List<Object> taskDefinitions(Plan plan) {
    List<Object> out = new ArrayList<>();
    for (Slot slot : plan.slots()) {
      out.add(TaskDefinitionTree.of(slot.taskDefinition()));
    }
    return out;
  }

  /** The summary written beside the slot files; {@code files} names slot i's file, in order. */
  public static Map<String, Object> summary(Plan plan, List<String> files) {
    InstanceType type = plan.type();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("instanceType", type.name());
    m.put("chip", type.chipFamily().chipName());
    m.put("chips", type.chips());
    m.put("topology", type.topology().label());
    m.put("coresPerChip", plan.coresPerChip());
    m.put("chipsPerTask", plan.chipsPerTask());
    m.put("tasks", plan.slots().size());
    m.put("unusedChips", new ArrayList<Object>(plan.unusedChips()));
    m.put("networkMode", plan.networkMode());
    m.put("keptApartBy", plan.separation().description());
    m.put("cpu", entry("total", plan.totalCpu(), "max", Resources.maxCpu(type)));
    m.put("memoryMiB", entry("total", plan.totalMemory(), "max", Resources.maxMemory(type)));
    List<Object> slots = new ArrayList<>();
    for (Slot slot : plan.slots()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("slot", slot.index());
      s.put("file", files.get(slot.index()));
      s.put("family", slot.family());
      s.put("firstChip", slot.range().first());
      s.put("chipCount", slot.range().count());
      s.put("devices", new ArrayList<Object>(slot.devices()));
      s.put("neuronCores", slot.visibleCores());
      s.put("cpu", slot.cpu());
      s.put("memoryMiB", slot.memory());
      s.put("hostPorts", new ArrayList<Object>(slot.hostPorts()));
      slots.add(s);
    }
    m.put("slots", slots);
    List<Object> constraints = new ArrayList<>();
    constraints.add(entry("type", "distinctInstance"));
    m.put("servicePlacementConstraints", constraints);
    return m;
  }

  /** The plan for people: the instance, what each slot gets, why, and how to run the slots. */
  public static String explain(Plan plan) {
    StringBuilder sb = new StringBuilder();
    instance(sb, plan);
    sb.append('\n');
    sb.append("Plan: ")
        .append(ChipRange.plural(plan.slots().size(), "task"))
        .append(" of ")
        .append(ChipRange.plural(plan.chipsPerTask(), "chip"))
        .append(plan.slots().size() > 1 ? " each" : "")
        .append(".\n");
    wrap(sb, "Why: " + why(plan));
    sb.append('\n').append(table(plan)).append('\n');
    totals(sb, plan);
    sb.append('\n');
    wrap(sb, apart(plan));
    sb.append('\n');
    services(sb, plan);
    return sb.toString();
  }

  private static void instance(StringBuilder out, Plan plan) {
    StringBuilder sb = new StringBuilder();
    header(sb, plan);
    wrap(out, sb.toString());
  }

  private static void header(StringBuilder sb, Plan plan) {
    InstanceType type = plan.type();
    ChipFamily chip = type.chipFamily();
    sb.append(type.name())
        .append(": ")
        .append(ChipRange.plural(type.chips(), chip.chipName() + " chip"))
        .append(" (")
        .append(type.devicePathRange())
        .append(type.topology() == Topology.SINGLE ? ")" : "), linked as a " + type.topology().label())
        .append("; ")
        .append(type.chips() * plan.coresPerChip())
        .append(" NeuronCores, ")
        .append(plan.coresPerChip())
        .append(" per chip");
    if (chip.hasLogicalCores()) {
      sb.append(
          plan.coresPerChip() == chip.visibleCoresPerChip()
              ? " (logical cores at LNC=2, the default; --env " + LogicalCores.ENV + "=1 shows all "
                  + chip.physicalCoresPerChip() + ")"
              : " (" + LogicalCores.ENV + "=1: every physical core)");
    }
    sb.append("; ")
        .append(type.vcpus())
        .append(" vCPUs, ")
        .append(type.memoryGiB())
        .append(" GiB memory.");
  }

  private static String why(Plan plan) {
    InstanceType type = plan.type();
    String laid =
        "; the slots are laid end to end from chip 0, so no two share a chip"
            + (plan.unusedChips().isEmpty()
                ? "."
                : ", and " + new ChipRange(plan.unusedChips().get(0), plan.unusedChips().size()).label()
                    + " stay unused.");
    return switch (type.topology()) {
      case SINGLE -> type.name() + " has a single chip: the one task takes it.";
      case RING -> type.name()
          + "'s chips form a ring, where any contiguous range of chips can serve one task (the"
          + " Neuron scheduler extension's rule; the runtime needs contiguous devices)"
          + laid;
      case TORUS_2D -> type.name()
          + "'s chips form a 2D torus, where one task takes "
          + ChipRange.orList(type.topology().validCounts(type.chips()))
          + " chips starting on a multiple of the count (the Neuron scheduler extension's counts,"
          + " the Neuron DRA driver's device groups)"
          + laid;
      case WHOLE -> type.name()
          + "'s chips are linked in a way neuron-ecs does not know (a type built from EC2's figures),"
          + " so one task takes all of them.";
    };
  }

  private static String table(Plan plan) {
    Table table =
        new Table("SLOT", "FAMILY", "CHIPS", "DEVICES", "CORES", "CPU", "MEMORY_MIB", "HOST_PORTS");
    for (Slot slot : plan.slots()) {
      ChipRange r = slot.range();
      table.row(
          slot.index(),
          slot.family(),
          r.count() == 1 ? Integer.toString(r.first()) : r.first() + "-" + r.last(),
          r.count() == 1
              ? InstanceType.devicePath(r.first())
              : InstanceType.devicePath(r.first()) + ".." + r.last(),
          slot.visibleCores(),
          slot.cpu(),
          slot.memory(),
          plan.separation() == Separation.PLACEMENT_ONLY || slot.hostPorts().isEmpty()
              ? "-"
              : String.join(" ", slot.hostPorts()));
    }
    return table.render();
  }

  private static void totals(StringBuilder out, Plan plan) {
    InstanceType type = plan.type();
    StringBuilder sb = new StringBuilder();
    sb.append("Together the slots ask for ")
        .append(plan.totalCpu())
        .append(" of ")
        .append(Resources.maxCpu(type))
        .append(" CPU units and ")
        .append(plan.totalMemory())
        .append(" of ")
        .append(Resources.maxMemory(type))
        .append(" MiB (the most ECS can give tasks: ")
        .append(Resources.MAX_MEMORY_PERCENT)
        .append("% of the instance's ")
        .append(type.memoryMiB())
        .append(" MiB). ");
    if (plan.slots().size() > 1) {
      sb.append(
          "Each slot maps only its DEVICES and sets NEURON_RT_VISIBLE_CORES to its CORES, in the"
              + " host-wide numbering the Neuron runtime uses.");
    } else {
      sb.append(
          "The slot maps every chip, so NEURON_RT_VISIBLE_CORES is left out: the runtime takes"
              + " every core it sees.");
    }
    wrap(out, sb.toString());
  }

  private static String apart(Plan plan) {
    String intro =
        "Keeping slots apart: ECS on EC2 does not count Neuron chips, so nothing in ECS itself stops"
            + " two tasks that map the same /dev/neuronN from landing on one instance (the second"
            + " fails at run time). ";
    return switch (plan.separation()) {
      case USER_PORTS, GUARD_PORT -> intro
          + "But ECS never places a task on an instance where one of its static host ports is"
          + " taken, and each slot reserves its own HOST_PORTS"
          + (plan.separation() == Separation.GUARD_PORT
              ? " (a guard mapping nothing listens on: --guard-port-base + slot)"
              : " (your --port host ports plus the slot index"
                  + (plan.networkMode().equals("host")
                      ? "; in host mode the container listens on that port itself, so the app must"
                          + " listen on $PORT"
                      : "; the container ports stay as you gave them")
                  + ")")
          + ": two tasks of one slot never share an instance, tasks of different slots can.";
      case PLACEMENT_ONLY -> intro
          + "In awsvpc mode every task has its own network interface, so host ports keep nothing"
          + " apart: the distinctInstance constraint below is what keeps two tasks of one slot off"
          + " the same instance. Use it for every task of a slot (one service per slot), and leave"
          + " room for one network interface per slot on each instance (ENI trunking).";
    };
  }

  private static void services(StringBuilder sb, Plan plan) {
    sb.append("Register slot I with\n")
        .append("  aws ecs register-task-definition --cli-input-json \"$(neuron-ecs plan <these options> --slot I)\"\n")
        .append("and run each slot as its own ECS service, at most one task per instance:\n");
    for (Slot slot : plan.slots()) {
      sb.append("  aws ecs create-service --cluster CLUSTER --service-name ")
          .append(slot.family())
          .append(" \\\n    --task-definition ")
          .append(slot.family())
          .append(" --desired-count INSTANCES \\\n    --placement-constraints type=distinctInstance")
          .append(" \\\n")
          .append("    --deployment-configuration maximumPercent=100,minimumHealthyPercent=50");
      if (plan.separation() == Separation.PLACEMENT_ONLY) {
        sb.append(" \\\n    --network-configuration 'awsvpcConfiguration={subnets=[SUBNET],securityGroups=[SG]}'");
      }
      sb.append('\n');
    }
    wrap(
        sb,
        "A new task of a slot cannot start on an instance until the old one stops there:"
            + " maximumPercent=100 lets ECS stop old tasks first and minimumHealthyPercent=50 replaces"
            + " half at a time (use 0 for a slot on a single instance, or keep a spare instance).");
  }

  /** Appends {@code text} as lines of at most {@value #WIDTH} characters, broken between words. */
  static void wrap(StringBuilder sb, String text) {
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + 1 + word.length() > WIDTH) {
        sb.append('\n');
        column = 0;
      } else if (column > 0) {
        sb.append(' ');
        column++;
      }
      sb.append(word);
      column += word.length();
    }
    sb.append('\n');
  }

  private static Map<String, Object> entry(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private static Map<String, Object> entry(String k, Object v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k, v);
    return m;
  }
}
