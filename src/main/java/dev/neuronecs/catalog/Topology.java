package dev.neuronecs.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * How an instance's chips are linked, and so which chip ranges a task may take. The rules are the
 * ones the Kubernetes Neuron scheduler extension applies: any contiguous range on a ring; on a 2D
 * torus only 1, 4, 8 or 16 chips, starting on a multiple of the count.
 */
public enum Topology {
  /** One chip: the only range is the chip itself. */
  SINGLE("single chip"),
  /** Inf1 and Inf2: chips on a ring; any contiguous range works. */
  RING("ring"),
  /** Trn1/Trn1n 32xlarge and Trn2 48xlarge: a 4x4 torus; 1, 4, 8 or 16 aligned chips. */
  TORUS_2D("2D torus");

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
}
