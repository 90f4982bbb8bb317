package dev.neuronecs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChipFamilyTest {
  @ParameterizedTest
  @CsvSource({"Trainium, false", "Trainium2, true", "trainium3, true", "Trainium12, true", "Inferentia2, false",
      "Trainium0, false", "Trainium1, false", "Trainium2x, false"})
  void trainium2AndLaterHaveLogicalCoresByDefault(String chip, boolean logical) {
    assertThat(ChipFamily.logicalByDefault(chip)).isEqualTo(logical);
    assertThat(ChipFamily.reported(chip, "X", 8, 9, 1).hasLogicalCores()).isEqualTo(logical);
  }

  @Test
  void knownFamiliesByEc2Name() {
    assertThat(ChipFamily.known("inferentia2")).containsSame(ChipFamily.INFERENTIA2);
    assertThat(ChipFamily.known("Trainium3")).isEmpty();
    assertThat(ChipFamily.knownFamilies()).allMatch(ChipFamily::isKnown);
  }

  @Test
  void theRuleForNewTypesReproducesEveryBuiltInRow() {
    for (InstanceType t : Catalog.builtIn().all()) {
      assertThat(t.chipFamily().topology(t.chips())).as(t.name()).isEqualTo(t.topology());
    }
    assertThat(ChipFamily.reported("Foo", "Foo1", 2, 1, 1).topology(1)).isEqualTo(Topology.SINGLE);
    assertThat(ChipFamily.reported("Foo", "Foo1", 2, 1, 1).topology(4)).isEqualTo(Topology.WHOLE);
  }

  @Test
  void withFiguresKeepsTheChipAndItsLncRule() {
    ChipFamily wider = ChipFamily.TRAINIUM2.withFigures(16, 3, 96);
    assertThat(wider.is(ChipFamily.TRAINIUM2)).isTrue();
    assertThat(wider.visibleCoresPerChip()).isEqualTo(8);
    assertThat(wider.instanceFamily()).isEqualTo("Trn2");
    assertThat(wider).isNotEqualTo(ChipFamily.TRAINIUM2);
    assertThat(ChipFamily.TRAINIUM2.withFigures(8, 3, 96)).isEqualTo(ChipFamily.TRAINIUM2);
  }
}
