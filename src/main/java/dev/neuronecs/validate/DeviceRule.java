package dev.neuronecs.validate;

import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.catalog.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Neuron chips each container maps in {@code linuxParameters.devices}: they must exist on the
 * instance ({@code chip-past-last}), each once ({@code duplicate-device}), as a contiguous run
 * ({@code non-contiguous-chips}) that the instance's topology serves ({@code chip-topology}), at the
 * same path in the container ({@code renumbered-device}), with the IPC_LOCK capability AWS's
 * examples give ({@code missing-ipc-lock}).
 */
final class DeviceRule implements Rule {
  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    List<InstanceType> types = doc.placement().types();
    int largest = 0;
    for (InstanceType t : doc.catalog().all()) {
      largest = Math.max(largest, t.chips());
    }
    for (ContainerView c : doc.containers()) {
      duplicates(c, out);
      List<ContainerView.Device> neuron = c.neuronDevices();
      if (neuron.isEmpty()) {
        continue;
      }
      boolean allThere = pastLastChip(neuron, types, largest, out);
      List<Integer> chips = c.chips();
      boolean contiguous = chips.get(chips.size() - 1) - chips.get(0) + 1 == chips.size();
      if (!contiguous) {
        out.add(
            Finding.error(
                c.devicesPath(),
                "non-contiguous-chips",
                c.label() + " maps chips " + join(chips) + ", which are not contiguous: the Neuron runtime"
                    + " expects contiguous device ids",
                "map a contiguous range of " + chips.size() + " chips, e.g. "
                    + Cores.devices(chips.get(0), chips.get(0) + chips.size() - 1)));
      } else if (allThere) {
        topology(c, chips, types, out);
      }
      renumbered(neuron, out);
      ipcLock(c, out);
    }
  }

  private static void duplicates(ContainerView c, List<Finding> out) {
    Map<String, String> hosts = new HashMap<>();
    Map<String, String> targets = new HashMap<>();
    for (ContainerView.Device d : c.devices()) {
      if (d.hostPath() != null) {
        String first = hosts.putIfAbsent(d.hostPath(), d.path());
        if (first != null) {
          out.add(
              Finding.error(
                  d.path(),
                  "duplicate-device",
                  d.hostPath() + " is mapped twice (first at " + first + ")",
                  "map each device once; remove this entry"));
          continue;
        }
      }
      String target = d.containerPath() != null ? d.containerPath() : d.hostPath();
      if (target != null) {
        String first = targets.putIfAbsent(target, d.path());
        if (first != null) {
          out.add(
              Finding.error(
                  d.path(),
                  "duplicate-device",
                  "two devices are mapped to " + target + " in the container (the other at " + first + ")",
                  "give each device its own containerPath, the same as its hostPath"));
        }
      }
    }
  }

  /** Reports chips the instance does not have; true when every chip is there. */
  private static boolean pastLastChip(
      List<ContainerView.Device> neuron, List<InstanceType> types, int largest, List<Finding> out) {
    boolean allThere = true;
    for (ContainerView.Device d : neuron) {
      int chip = d.chip();
      if (types.isEmpty()) {
        if (chip >= largest) {
          allThere = false;
          out.add(
              Finding.error(
                  d.path(),
                  "chip-past-last",
                  "no Neuron instance has " + d.hostPath() + ": the largest have " + largest + " chips, "
                      + Cores.devices(0, largest - 1),
                  "map only the chips the instance has ('neuron-ecs catalog' lists them)"));
        }
        continue;
      }
      List<String> lacking = new ArrayList<>();
      InstanceType smallest = null;
      for (InstanceType t : types) {
        if (chip >= t.chips()) {
          lacking.add(t.name());
          if (smallest == null || t.chips() < smallest.chips()) {
            smallest = t;
          }
        }
      }
      if (!lacking.isEmpty()) {
        allThere = false;
        out.add(
            Finding.error(
                d.path(),
                "chip-past-last",
                d.hostPath() + " is past the last chip of " + String.join(", ", lacking) + " ("
                    + smallest.devicePathRange() + "), so the task cannot start there",
                "map only " + smallest.devicePathRange() + ", or pin the task to an instance type with more"
                    + " chips"));
      }
    }
    return allThere;
  }

  private static void topology(ContainerView c, List<Integer> chips, List<InstanceType> types, List<Finding> out) {
    Map<String, String> fixByMessage = new LinkedHashMap<>();
    int first = chips.get(0);
    int count = chips.size();
    for (InstanceType t : types) {
      Topology topology = t.topology();
      List<Integer> counts = topology.validCounts(t.chips());
      String message;
      if (!counts.contains(count)) {
        message =
            t.name() + " takes " + orList(counts) + " chips per task, not " + count + " (its chips form a "
                + topology.label() + ")";
      } else if (!topology.isValidRange(first, count, t.chips())) {
        message =
            "on " + t.name() + " a range of " + count + " chips starts at chip "
                + orList(topology.validStarts(count, t.chips())) + ", not " + first + " (its chips form a "
                + topology.label() + ")";
      } else {
        continue;
      }
      fixByMessage.putIfAbsent(message, topologyFix(t, first, count));
    }
    fixByMessage.forEach((message, fix) -> out.add(Finding.error(c.devicesPath(), "chip-topology", message, fix)));
  }

  /** The valid range nearest to what was mapped: the next count up, the start at or before. */
  private static String topologyFix(InstanceType t, int first, int count) {
    List<Integer> counts = t.topology().validCounts(t.chips());
    int n = counts.get(counts.size() - 1);
    for (int valid : counts) {
      if (valid >= count) {
        n = valid;
        break;
      }
    }
    List<Integer> starts = t.topology().validStarts(n, t.chips());
    int start = starts.get(0);
    for (int s : starts) {
      if (s <= first) {
        start = s;
      }
    }
    return "map " + n + (n == 1 ? " chip" : " chips") + " from a valid start, e.g. " + Cores.devices(start, start + n - 1)
        + " ('neuron-ecs gen --instance " + t.name() + " --chips " + n + " --first-chip " + start + "' prints it)";
  }

  private static void renumbered(List<ContainerView.Device> neuron, List<Finding> out) {
    for (ContainerView.Device d : neuron) {
      if (d.containerPath() != null && !d.containerPath().equals(d.hostPath())) {
        out.add(
            Finding.warning(
                d.path(),
                "renumbered-device",
                d.hostPath() + " appears as " + d.containerPath() + " in the container: the runtime numbers"
                    + " NeuronCores host-wide by device, so renumbering breaks NEURON_RT_VISIBLE_CORES and the"
                    + " topology",
                "set containerPath to " + d.hostPath() + ", or leave it out (it defaults to hostPath)"));
      }
    }
  }

  private static void ipcLock(ContainerView c, List<Finding> out) {
    List<String> added = c.capabilitiesAdded();
    if (c.privileged() || added.contains("IPC_LOCK") || added.contains("CAP_IPC_LOCK") || added.contains("ALL")) {
      return;
    }
    out.add(
        Finding.warning(
            c.path("linuxParameters.capabilities.add"),
            "missing-ipc-lock",
            c.label() + " maps Neuron devices without the IPC_LOCK capability, which AWS's Neuron task"
                + " definitions add so the runtime can lock its memory",
            "add \"IPC_LOCK\" to linuxParameters.capabilities.add"));
  }

  static String join(List<Integer> values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(values.get(i));
    }
    return sb.toString();
  }

  /** "1, 4, 8 or 16". */
  static String orList(List<Integer> values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(i == values.size() - 1 ? " or " : ", ");
      }
      sb.append(values.get(i));
    }
    return sb.toString();
  }
}
