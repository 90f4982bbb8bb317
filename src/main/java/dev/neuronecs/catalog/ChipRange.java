package dev.neuronecs.catalog;

import dev.neuronecs.NeuronEcsException;
import java.util.ArrayList;
import java.util.List;

/**
 * A contiguous run of chips on one instance, {@code first} to {@code first + count - 1}, that the
 * instance's topology allows one task to take.
 */
public record ChipRange(int first, int count) {

  /**
   * The range asked for on {@code type} ({@code chips} null: all chips; {@code firstChip} null: 0),
   * checked against the instance and its topology; bad input says what would work.
   */
  public static ChipRange of(InstanceType type, Integer chips, Integer firstChip) {
    int total = type.chips();
    int count = chips == null ? total : chips;
    int first = firstChip == null ? 0 : firstChip;
    requireCount(type, count, "--chips");
    if (first < 0) {
      throw NeuronEcsException.usage("--first-chip must be 0 or more, not " + first);
    }
    if (first + count > total) {
      throw NeuronEcsException.usage(
          "--first-chip "
              + first
              + " with --chips "
              + count
              + " runs past the last chip of "
              + type.name()
              + " ("
              + InstanceType.devicePath(total - 1)
              + "); use --first-chip "
              + (total - count)
              + " or less");
    }
    Topology topology = type.topology();
    if (!topology.isValidRange(first, count, total)) {
      throw NeuronEcsException.usage(
          "on "
              + type.name()
              + " a range of "
              + count
              + " chips starts at chip "
              + orList(topology.validStarts(count, total))
              + ", not "
              + first
              + " (its chips form a "
              + topology.label()
              + ")");
    }
    return new ChipRange(first, count);
  }

  /**
   * Checks that one task may take {@code count} chips of {@code type}: at least one, no more than
   * the instance has, and a count its topology allows. Bad input names {@code option} where the
   * count came from and says what would work.
   */
  public static void requireCount(InstanceType type, int count, String option) {
    int total = type.chips();
    if (count < 1) {
      throw NeuronEcsException.usage(
          option + " must be at least 1; " + type.name() + " has " + plural(total, "Neuron chip"));
    }
    if (count > total) {
      throw NeuronEcsException.usage(
          type.name()
              + " has "
              + plural(total, "Neuron chip")
              + "; "
              + option
              + " "
              + count
              + " asks for more than that");
    }
    Topology topology = type.topology();
    List<Integer> counts = topology.validCounts(total);
    if (!counts.contains(count)) {
      throw NeuronEcsException.usage(
          type.name()
              + " takes "
              + orList(counts)
              + " chips per task, not "
              + count
              + " (its chips form a "
              + topology.label()
              + ")");
    }
  }

  public int last() {
    return first + count - 1;
  }

  public boolean isWhole(InstanceType type) {
    return first == 0 && count == type.chips();
  }

  public List<String> devicePaths() {
    List<String> paths = new ArrayList<>(count);
    for (int chip = first; chip <= last(); chip++) {
      paths.add(InstanceType.devicePath(chip));
    }
    return paths;
  }

  /** The first host-global NeuronCore index of this range, as the runtime numbers cores. */
  public int firstCore(ChipFamily family) {
    return firstCore(family.visibleCoresPerChip());
  }

  public int lastCore(ChipFamily family) {
    return lastCore(family.visibleCoresPerChip());
  }

  /** The value of NEURON_RT_VISIBLE_CORES for this range, e.g. "4-7" (or "4" for one core). */
  public String visibleCores(ChipFamily family) {
    return visibleCores(family.visibleCoresPerChip());
  }

  /** The first host-global NeuronCore index when the runtime numbers {@code coresPerChip} per chip. */
  public int firstCore(int coresPerChip) {
    return first * coresPerChip;
  }

  public int lastCore(int coresPerChip) {
    return (last() + 1) * coresPerChip - 1;
  }

  /** NEURON_RT_VISIBLE_CORES for this range with {@code coresPerChip} cores per chip. */
  public String visibleCores(int coresPerChip) {
    int a = firstCore(coresPerChip);
    int b = lastCore(coresPerChip);
    return a == b ? Integer.toString(a) : a + "-" + b;
  }

  /** What a task-definition family adds for this range: "" for every chip, "-chip3", "-chips2-3". */
  public String familySuffix(InstanceType type) {
    if (isWhole(type)) {
      return "";
    }
    return count == 1 ? "-chip" + first : "-chips" + first + "-" + last();
  }

  /** "chip 3" or "chips 2-3". */
  public String label() {
    return count == 1 ? "chip " + first : "chips " + first + "-" + last();
  }

  public static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** "1, 4, 8 or 16". */
  public static String orList(List<Integer> values) {
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
