package dev.neuronecs.validate;

import dev.neuronecs.catalog.InstanceType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * NeuronCore numbering as the runtime sees it: host-global, chip i holding cores i*k to i*k+k-1,
 * where k is the chip family's visible cores per chip (on Trainium2, 4 logical cores by default, 8
 * with NEURON_LOGICAL_NC_CONFIG=1).
 */
final class Cores {
  static final String VISIBLE_CORES = "NEURON_RT_VISIBLE_CORES";
  static final String LOGICAL_NC_CONFIG = "NEURON_LOGICAL_NC_CONFIG";
  /** No instance has this many cores; a larger index is not a core list we take seriously. */
  private static final int MAX_INDEX = 100_000;

  private Cores() {}

  /**
   * The cores a NEURON_RT_VISIBLE_CORES value names: an index ("3"), an inclusive range ("0-3") or
   * a comma list of those ("0,1,4-5"); null when the value is not such a list.
   */
  static TreeSet<Integer> parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    TreeSet<Integer> cores = new TreeSet<>();
    for (String part : value.split(",", -1)) {
      String p = part.trim();
      int dash = p.indexOf('-');
      int a;
      int b;
      try {
        if (dash < 0) {
          a = Integer.parseInt(p);
          b = a;
        } else {
          a = Integer.parseInt(p.substring(0, dash).trim());
          b = Integer.parseInt(p.substring(dash + 1).trim());
        }
      } catch (NumberFormatException e) {
        return null;
      }
      if (a < 0 || b < a || b > MAX_INDEX) {
        return null;
      }
      for (int i = a; i <= b; i++) {
        cores.add(i);
      }
    }
    return cores;
  }

  /** Cores per chip on {@code type}, given the container's environment (LNC on Trainium2). */
  static int perChip(InstanceType type, Map<String, ContainerView.EnvVar> env) {
    if (type.chipFamily().hasLogicalCores()) {
      ContainerView.EnvVar lnc = env.get(LOGICAL_NC_CONFIG);
      if (lnc != null && lnc.value() != null && lnc.value().trim().equals("1")) {
        return type.chipFamily().physicalCoresPerChip();
      }
    }
    return type.chipFamily().visibleCoresPerChip();
  }

  /** The cores of {@code chips}, {@code perChip} each. */
  static TreeSet<Integer> ofChips(Collection<Integer> chips, int perChip) {
    TreeSet<Integer> cores = new TreeSet<>();
    for (int chip : chips) {
      for (int i = 0; i < perChip; i++) {
        cores.add(chip * perChip + i);
      }
    }
    return cores;
  }

  /** The chips that hold {@code cores}. */
  static TreeSet<Integer> chipsOf(Collection<Integer> cores, int perChip) {
    TreeSet<Integer> chips = new TreeSet<>();
    for (int core : cores) {
      chips.add(core / perChip);
    }
    return chips;
  }

  /** "0-3", "0-3,8" (the form NEURON_RT_VISIBLE_CORES takes). */
  static String ranges(Collection<Integer> sorted) {
    StringBuilder sb = new StringBuilder();
    Integer start = null;
    Integer prev = null;
    for (int v : sorted) {
      if (prev != null && v == prev + 1) {
        prev = v;
        continue;
      }
      if (start != null) {
        append(sb, start, prev);
      }
      start = v;
      prev = v;
    }
    if (start != null) {
      append(sb, start, prev);
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, int a, int b) {
    if (sb.length() > 0) {
      sb.append(',');
    }
    sb.append(a);
    if (b > a) {
      sb.append('-').append(b);
    }
  }

  /** "/dev/neuron2" or "/dev/neuron2..3". */
  static String devices(int first, int last) {
    return first == last ? InstanceType.devicePath(first) : InstanceType.devicePath(first) + ".." + last;
  }

  /** The chips as device paths, runs joined: "/dev/neuron0..1, /dev/neuron4". */
  static String devices(List<Integer> chips) {
    StringBuilder sb = new StringBuilder();
    for (String run : ranges(chips).split(",")) {
      if (run.isEmpty()) {
        continue;
      }
      int dash = run.indexOf('-');
      int a = Integer.parseInt(dash < 0 ? run : run.substring(0, dash));
      int b = dash < 0 ? a : Integer.parseInt(run.substring(dash + 1));
      sb.append(sb.length() == 0 ? "" : ", ").append(devices(a, b));
    }
    return sb.toString();
  }
}
