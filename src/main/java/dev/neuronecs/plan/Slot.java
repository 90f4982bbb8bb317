package dev.neuronecs.plan;

import dev.neuronecs.catalog.ChipRange;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.TaskDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * One task of a plan: its chips and the task definition built for them. Everything else (family,
 * cpu, memory, ports) is read from the task definition, so the two cannot disagree.
 *
 * @param index the slot number, 0 upwards, as {@code --slot} takes it
 * @param coresPerChip NeuronCores per chip as the runtime numbers them (logical cores on Trn2)
 */
public record Slot(int index, ChipRange range, int coresPerChip, TaskDefinition taskDefinition) {

  public String family() {
    return taskDefinition.family();
  }

  public List<String> devices() {
    return range.devicePaths();
  }

  /** This slot's NeuronCores in host-global numbering, e.g. "4-7". */
  public String visibleCores() {
    return range.visibleCores(coresPerChip);
  }

  public int cpu() {
    return Integer.parseInt(taskDefinition.cpu());
  }

  public int memory() {
    return Integer.parseInt(taskDefinition.memory());
  }

  /** The static host ports the task reserves, e.g. "31000/tcp". */
  public List<String> hostPorts() {
    List<String> ports = new ArrayList<>();
    for (PortMapping p : taskDefinition.container().portMappings()) {
      if (p.hostPort() != null) {
        ports.add(p.hostPort() + "/" + p.protocol());
      }
    }
    return ports;
  }
}
