package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.ChipFamily;
import java.util.List;

/**
 * How many NeuronCores per chip the Neuron runtime numbers, given the task's environment: on
 * Trainium2 the logical NeuronCore setting {@value #ENV} (2 by default: 8 physical cores seen as 4;
 * 1: all 8) changes the host-global core numbers that NEURON_RT_VISIBLE_CORES must name.
 */
public final class LogicalCores {
  public static final String ENV = "NEURON_LOGICAL_NC_CONFIG";

  private LogicalCores() {}

  /** Cores per chip for {@code family} with the environment {@code env} (a later entry wins). */
  public static int perChip(ChipFamily family, List<KeyValue> env) {
    String value = null;
    for (KeyValue kv : env) {
      if (kv.name().equals(ENV)) {
        value = kv.value().trim();
      }
    }
    if (value == null || !family.hasLogicalCores()) {
      return family.visibleCoresPerChip();
    }
    return switch (value) {
      case "1" -> family.physicalCoresPerChip();
      case "2" -> family.physicalCoresPerChip() / 2;
      default -> throw NeuronEcsException.usage(
          "--env "
              + ENV
              + "="
              + value
              + " is not 1 or 2: "
              + family.chipName()
              + " shows its "
              + family.physicalCoresPerChip()
              + " NeuronCores as "
              + family.physicalCoresPerChip() / 2
              + " logical ones at 2 (the default) or as "
              + family.physicalCoresPerChip()
              + " at 1");
    };
  }
}
