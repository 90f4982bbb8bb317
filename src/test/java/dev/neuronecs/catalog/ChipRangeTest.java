package dev.neuronecs.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.NeuronEcsException;
import org.junit.jupiter.api.Test;

class ChipRangeTest {
  private final Catalog catalog = Catalog.builtIn();

  @Test
  void defaultsToEveryChip() {
    ChipRange all = ChipRange.of(catalog.require("inf2.24xlarge"), null, null);
    assertThat(all).isEqualTo(new ChipRange(0, 6));
    assertThat(all.isWhole(catalog.require("inf2.24xlarge"))).isTrue();
    assertThat(all.devicePaths()).containsExactly(
        "/dev/neuron0", "/dev/neuron1", "/dev/neuron2", "/dev/neuron3", "/dev/neuron4", "/dev/neuron5");
  }

  @Test
  void visibleCoresAreHostGlobal() {
    // the Neuron docs' example: cores 51 and 52 sit on chips 12 and 13 of an inf1.24xlarge
    ChipRange r = ChipRange.of(catalog.require("inf1.24xlarge"), 2, 12);
    assertThat(r.visibleCores(ChipFamily.INFERENTIA)).isEqualTo("48-55");
    assertThat(ChipRange.of(catalog.require("inf2.24xlarge"), 1, 1).visibleCores(ChipFamily.INFERENTIA2))
        .isEqualTo("2-3");
    // Trainium2 numbers logical cores (LNC=2): 4 per chip
    assertThat(ChipRange.of(catalog.require("trn2.48xlarge"), 4, 4).visibleCores(ChipFamily.TRAINIUM2))
        .isEqualTo("16-31");
  }

  @Test
  void ringTakesAnyContiguousRange() {
    InstanceType inf2 = catalog.require("inf2.48xlarge");
    for (int count = 1; count <= 12; count++) {
      for (int first = 0; first + count <= 12; first++) {
        assertThat(ChipRange.of(inf2, count, first).devicePaths()).hasSize(count);
      }
    }
  }

  @Test
  void torusTakesOneFourEightOrSixteenAligned() {
    InstanceType trn1 = catalog.require("trn1.32xlarge");
    assertThat(ChipRange.of(trn1, 4, 8)).isEqualTo(new ChipRange(8, 4));
    assertThatThrownBy(() -> ChipRange.of(trn1, 3, 0))
        .isInstanceOf(NeuronEcsException.class)
        .hasMessage("trn1.32xlarge takes 1, 4, 8 or 16 chips per task, not 3 (its chips form a 2D torus)");
    assertThatThrownBy(() -> ChipRange.of(trn1, 8, 4))
        .hasMessageContaining("a range of 8 chips starts at chip 0 or 8, not 4");
  }

  @Test
  void refusesRangesTheInstanceDoesNotHave() {
    InstanceType inf2 = catalog.require("inf2.24xlarge");
    assertThatThrownBy(() -> ChipRange.of(inf2, 0, null)).hasMessageContaining("--chips must be at least 1");
    assertThatThrownBy(() -> ChipRange.of(inf2, 7, null))
        .hasMessageContaining("inf2.24xlarge has 6 Neuron chips; --chips 7 asks for more");
    assertThatThrownBy(() -> ChipRange.of(inf2, 2, 5))
        .hasMessageContaining("runs past the last chip of inf2.24xlarge (/dev/neuron5); use --first-chip 4 or less");
    assertThatThrownBy(() -> ChipRange.of(inf2, 1, -1)).hasMessageContaining("--first-chip must be 0 or more");
    assertThatThrownBy(() -> ChipRange.of(catalog.require("inf2.xlarge"), 2, null))
        .hasMessageContaining("has 1 Neuron chip;");
  }

  @Test
  void familySuffixNamesTheRange() {
    InstanceType inf2 = catalog.require("inf2.24xlarge");
    assertThat(ChipRange.of(inf2, null, null).familySuffix(inf2)).isEmpty();
    assertThat(ChipRange.of(inf2, 1, 3).familySuffix(inf2)).isEqualTo("-chip3");
    assertThat(ChipRange.of(inf2, 2, 2).familySuffix(inf2)).isEqualTo("-chips2-3");
  }

  @Test
  void countCheckNamesTheOptionItCameFrom() {
    InstanceType trn1 = catalog.require("trn1.32xlarge");
    assertThatThrownBy(() -> ChipRange.requireCount(trn1, 0, "--chips-per-task"))
        .hasMessage("--chips-per-task must be at least 1; trn1.32xlarge has 16 Neuron chips");
    assertThatThrownBy(() -> ChipRange.requireCount(trn1, 17, "--chips-per-task"))
        .hasMessage("trn1.32xlarge has 16 Neuron chips; --chips-per-task 17 asks for more than that");
    assertThatThrownBy(() -> ChipRange.requireCount(trn1, 6, "--chips-per-task"))
        .hasMessage("trn1.32xlarge takes 1, 4, 8 or 16 chips per task, not 6 (its chips form a 2D torus)");
  }

  @Test
  void coresFollowTheCoresPerChip() {
    ChipRange r = ChipRange.of(catalog.require("trn2.48xlarge"), 4, 4);
    assertThat(r.visibleCores(8)).as("LNC=1: 8 physical cores per chip").isEqualTo("32-63");
    assertThat(r.visibleCores(4)).isEqualTo(r.visibleCores(ChipFamily.TRAINIUM2));
    assertThat(new ChipRange(3, 1).visibleCores(1)).isEqualTo("3");
  }
}
