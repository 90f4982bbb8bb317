package dev.neuronecs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {
  @Test
  void torusRangesAreTheNeuronDraDeviceGroups() {
    // The Neuron DRA driver (aws-neuron/connected-device-maps-over-efa-for-neuron, lookup.go) puts
    // device d in group d / size for sizes 4, 8 and 16: those groups, and single chips, are exactly
    // the ranges the torus allows.
    for (int size : List.of(1, 4, 8, 16)) {
      List<List<Integer>> groups = new ArrayList<>();
      for (int g = 0; g < 16 / size; g++) {
        List<Integer> group = new ArrayList<>();
        for (int d = 0; d < 16; d++) {
          if (d / size == g) {
            group.add(d);
          }
        }
        groups.add(group);
      }
      List<List<Integer>> ranges = new ArrayList<>();
      for (int first : Topology.TORUS_2D.validStarts(size, 16)) {
        List<Integer> range = new ArrayList<>();
        for (int d = first; d < first + size; d++) {
          range.add(d);
        }
        ranges.add(range);
      }
      assertThat(ranges).as("ranges of %d chips", size).isEqualTo(groups);
    }
    for (int size : List.of(2, 3, 5, 6, 7, 9, 12, 15)) {
      assertThat(Topology.TORUS_2D.validStarts(size, 16)).as("%d chips on the torus", size).isEmpty();
    }
  }

  @Test
  void tileLaysRangesEndToEndFromChipZero() {
    assertThat(Topology.TORUS_2D.tile(4, 16)).containsExactly(0, 4, 8, 12);
    assertThat(Topology.TORUS_2D.tile(8, 16)).containsExactly(0, 8);
    assertThat(Topology.TORUS_2D.tile(3, 16)).as("not a torus count").isEmpty();
    assertThat(Topology.RING.tile(2, 12)).containsExactly(0, 2, 4, 6, 8, 10);
    assertThat(Topology.RING.tile(4, 6)).as("chips 4-5 left over").containsExactly(0);
    assertThat(Topology.RING.tile(5, 16)).containsExactly(0, 5, 10);
    assertThat(Topology.SINGLE.tile(1, 1)).containsExactly(0);
  }

  @Test
  void evenTaskCountsDivideEveryChipIntoValidRanges() {
    assertThat(Topology.TORUS_2D.evenTaskCounts(16)).containsExactly(1, 2, 4, 16);
    assertThat(Topology.RING.evenTaskCounts(12)).containsExactly(1, 2, 3, 4, 6, 12);
    assertThat(Topology.RING.evenTaskCounts(6)).containsExactly(1, 2, 3, 6);
    assertThat(Topology.RING.evenTaskCounts(16)).containsExactly(1, 2, 4, 8, 16);
    assertThat(Topology.SINGLE.evenTaskCounts(1)).containsExactly(1);
  }

  @Test
  void aGroupOfUnknownTopologyIsTakenWhole() {
    assertThat(Topology.WHOLE.validCounts(16)).containsExactly(16);
    assertThat(Topology.WHOLE.isValidRange(0, 16, 16)).isTrue();
    assertThat(Topology.WHOLE.isValidRange(0, 8, 16)).isFalse();
    assertThat(Topology.WHOLE.isValidRange(8, 8, 16)).isFalse();
    assertThat(Topology.WHOLE.evenTaskCounts(16)).containsExactly(1);
    assertThat(Topology.WHOLE.tile(4, 16)).isEmpty();
  }
}
