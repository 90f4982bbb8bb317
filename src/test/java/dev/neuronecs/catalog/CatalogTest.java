package dev.neuronecs.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private final Catalog catalog = Catalog.builtIn();

  /** The figures from EC2 and the Neuron docs (shared/reference/neuron-facts.md, section 1.1). */
  @ParameterizedTest
  @CsvSource({
    // type,          chip,        vcpu, GiB,  chips, phys, ncv, visible, accelGiB, efa
    "inf1.xlarge,     Inferentia,     4,    8,  1, 4, 1, 4,  8,  0",
    "inf1.2xlarge,    Inferentia,     8,   16,  1, 4, 1, 4,  8,  0",
    "inf1.6xlarge,    Inferentia,    24,   48,  4, 4, 1, 4,  8,  0",
    "inf1.24xlarge,   Inferentia,    96,  192, 16, 4, 1, 4,  8,  1",
    "inf2.xlarge,     Inferentia2,    4,   16,  1, 2, 2, 2, 32,  0",
    "inf2.8xlarge,    Inferentia2,   32,  128,  1, 2, 2, 2, 32,  0",
    "inf2.24xlarge,   Inferentia2,   96,  384,  6, 2, 2, 2, 32,  0",
    "inf2.48xlarge,   Inferentia2,  192,  768, 12, 2, 2, 2, 32,  0",
    "trn1.2xlarge,    Trainium,       8,   32,  1, 2, 2, 2, 32,  0",
    "trn1.32xlarge,   Trainium,     128,  512, 16, 2, 2, 2, 32,  8",
    "trn1n.32xlarge,  Trainium,     128,  512, 16, 2, 2, 2, 32, 16",
    "trn2.3xlarge,    Trainium2,     12,  128,  1, 8, 3, 4, 96,  1",
    "trn2.48xlarge,   Trainium2,    192, 2048, 16, 8, 3, 4, 96, 16",
    "trn2u.48xlarge,  Trainium2,    192, 2048, 16, 8, 3, 4, 96, 16",
  })
  void everyRowHasTheResearchedFigures(
      String name, String chip, int vcpus, int gib, int chips, int physical, int version,
      int visible, int accelGiB, int efa) {
    InstanceType t = catalog.require(name);
    assertThat(t.chipFamily().chipName()).isEqualTo(chip);
    assertThat(t.vcpus()).isEqualTo(vcpus);
    assertThat(t.memoryMiB()).isEqualTo(gib * 1024);
    assertThat(t.chips()).isEqualTo(chips);
    assertThat(t.chipFamily().physicalCoresPerChip()).isEqualTo(physical);
    assertThat(t.chipFamily().neuronCoreVersion()).isEqualTo(version);
    assertThat(t.chipFamily().visibleCoresPerChip()).isEqualTo(visible);
    assertThat(t.chipFamily().memoryPerChipGiB()).isEqualTo(accelGiB);
    assertThat(t.maxEfaInterfaces()).isEqualTo(efa);
    assertThat(t.devicePaths()).hasSize(chips).startsWith("/dev/neuron0").endsWith("/dev/neuron" + (chips - 1));
    assertThat(t.source()).isNotBlank();
  }

  @Test
  void holdsExactlyTheFourteenNeuronTypes() {
    assertThat(catalog.names())
        .containsExactly(
            "inf1.xlarge", "inf1.2xlarge", "inf1.6xlarge", "inf1.24xlarge",
            "inf2.xlarge", "inf2.8xlarge", "inf2.24xlarge", "inf2.48xlarge",
            "trn1.2xlarge", "trn1.32xlarge", "trn1n.32xlarge",
            "trn2.3xlarge", "trn2.48xlarge", "trn2u.48xlarge");
  }

  @Test
  void saysWhereTheEcsGuideIsWrong() {
    assertThat(catalog.require("inf2.xlarge").note()).contains("8 vCPUs");
    assertThat(catalog.require("inf2.8xlarge").note()).contains("64 GiB");
    assertThat(catalog.require("inf2.24xlarge").note()).isEmpty();
  }

  @Test
  void trainium2CountsLogicalCores() {
    InstanceType trn2 = catalog.require("trn2.48xlarge");
    assertThat(trn2.visibleCores()).isEqualTo(64);
    assertThat(trn2.physicalCores()).isEqualTo(128);
    assertThat(trn2.chipFamily().hasLogicalCores()).isTrue();
    assertThat(catalog.require("trn1.32xlarge").visibleCores()).isEqualTo(32);
  }

  @Test
  void findsAnyCase() {
    assertThat(catalog.find("INF2.24XLarge")).map(InstanceType::name).contains("inf2.24xlarge");
    assertThat(catalog.find(" trn1.2xlarge ")).isPresent();
  }

  @Test
  void unknownTypeIsBadInputNamingTheClosest() {
    assertThatThrownBy(() -> catalog.require("inf2.2xlarge"))
        .isInstanceOf(NeuronEcsException.class)
        .hasMessageContaining("unknown instance type 'inf2.2xlarge'")
        .hasMessageContaining("inf2.xlarge")
        .satisfies(e -> assertThat(((NeuronEcsException) e).exitCode()).isEqualTo(ExitCode.USAGE));
  }

  @Test
  void topologyFollowsTheInterconnect() {
    assertThat(catalog.require("inf2.48xlarge").topology()).isEqualTo(Topology.RING);
    assertThat(catalog.require("trn1.32xlarge").topology()).isEqualTo(Topology.TORUS_2D);
    assertThat(catalog.require("trn2.48xlarge").topology()).isEqualTo(Topology.TORUS_2D);
    assertThat(catalog.require("inf2.xlarge").topology()).isEqualTo(Topology.SINGLE);
  }
}
