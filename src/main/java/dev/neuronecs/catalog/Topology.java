package dev.neuronecs.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * How an instance's chips are linked, and so which chip ranges one task may take. {@code gen
 * --chips/--first-chip} and {@code plan} both ask this class, so they follow one set of rules.
 *
 * <p>The rules are AWS's own for Kubernetes (sources in docs/plan.md): on a ring (Inf1, Inf2) any
 * contiguous range, as the Neuron scheduler extension allocates; on a 2D torus (trn1.32xlarge,
 * trn1n.32xlarge, trn2.48xlarge, trn2u.48xlarge) only 1, 4, 8 or 16 chips, starting on a multiple
 * of the count: the scheduler extension's valid counts, and the device groups of the Neuron DRA
 * driver, which puts device {@code d} in group {@code d / size} for sizes 4, 8 and 16.
 */
public enum Topology {
  /** One chip: the only range is the chip itself. */
  SINGLE("single chip"),
  /** Inf1 and Inf2: chips on a ring; any contiguous range works. */
  RING("ring"),
  /** Trn1/Trn1n 32xlarge and Trn2 48xlarge: a 4x4 torus; 1, 4, 8 or 16 aligned chips. */
  TORUS_2D("2D torus"),
  /**
   * Chips whose links neuron-ecs does not know (a chip family only EC2 describes, see {@code
   * --from-ec2}): one task takes them all, the one range that cannot split a linked group.
   */
  WHOLE("group of unknown topology");

  private static final int[] TORUS_COUNTS = {1, 4, 8, 16};

  private final String label;

  Topology(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The chip counts a single task may take on an instance with {@code totalChips}. */
  public List<Integer> validCounts(int totalChips) {
    List<Integer> counts = new ArrayList<>();
    if (this == TORUS_2D) {
      for (int c : TORUS_COUNTS) {
        if (c <= totalChips) {
          counts.add(c);
        }
      }
    } else if (this == WHOLE) {
      counts.add(totalChips);
    } else {
      for (int c = 1; c <= totalChips; c++) {
        counts.add(c);
      }
    }
    return counts;
  }

  /** Whether {@code count} chips starting at {@code first} form a range a task may take. */
  public boolean isValidRange(int first, int count, int totalChips) {
    if (count < 1 || first < 0 || first + count > totalChips) {
      return false;
    }
    if (this == TORUS_2D) {
      return validCounts(totalChips).contains(count) && first % count == 0;
    }
    if (this == WHOLE) {
      return first == 0 && count == totalChips;
    }
    return true;
  }

  /** The first chips at which a range of {@code count} chips may start. */
  public List<Integer> validStarts(int count, int totalChips) {
    List<Integer> starts = new ArrayList<>();
    for (int first = 0; first + count <= totalChips; first++) {
      if (isValidRange(first, count, totalChips)) {
        starts.add(first);
      }
    }
    return starts;
  }

  /**
   * As many non-overlapping valid ranges of {@code count} chips as fit, from chip 0 upwards: the
   * first chip of each. Empty when {@code count} is not a valid count here.
   */
  public List<Integer> tile(int count, int totalChips) {
    List<Integer> starts = new ArrayList<>();
    int first = 0;
    while (first + count <= totalChips) {
      if (isValidRange(first, count, totalChips)) {
        starts.add(first);
        first += count;
      } else {
        first++;
      }
    }
    return starts;
  }

  /**
   * The numbers of tasks that split all {@code totalChips} evenly into valid ranges, ascending
   * (e.g. 1, 2, 4 and 16 on a 16-chip torus).
   */
  public List<Integer> evenTaskCounts(int totalChips) {
    List<Integer> tasks = new ArrayList<>();
    for (int k = 1; k <= totalChips; k++) {
      if (totalChips % k == 0 && tile(totalChips / k, totalChips).size() == k) {
        tasks.add(k);
      }
    }
    return tasks;
  }
}
