package dev.neuronecs.plan;

import dev.neuronecs.catalog.InstanceType;
import java.util.List;

/**
 * Several tasks on one instance, none sharing a chip: one {@link Slot} per task.
 *
 * @param chipsPerTask chips in every slot
 * @param coresPerChip NeuronCores per chip as the runtime numbers them (logical cores on Trn2)
 * @param networkMode bridge, host or awsvpc
 * @param unusedChips chips no slot takes (when the chips do not divide evenly)
 * @param notes for the user, about defaults and limits (the CLI prints them on stderr)
 */
public record Plan(
    InstanceType type,
    int chipsPerTask,
    int coresPerChip,
    String networkMode,
    Separation separation,
    List<Slot> slots,
    List<Integer> unusedChips,
    List<String> notes) {
  public Plan {
    slots = List.copyOf(slots);
    unusedChips = List.copyOf(unusedChips);
    notes = List.copyOf(notes);
  }

  public int totalCpu() {
    return slots.stream().mapToInt(Slot::cpu).sum();
  }

  public int totalMemory() {
    return slots.stream().mapToInt(Slot::memory).sum();
  }
}
