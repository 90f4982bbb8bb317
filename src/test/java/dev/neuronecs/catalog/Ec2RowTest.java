package dev.neuronecs.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Ec2RowTest {
  private static final String WHERE = "EC2 in us-east-1";
  private final Catalog catalog = Catalog.builtIn();

  static Stream<Ec2InstanceType> asEc2ReportsThem() {
    return Ec2Facts.asEc2ReportsTheCatalog().stream();
  }

  private static InstanceType withoutProvenance(InstanceType t) {
    return new InstanceType(t.name(), t.chipFamily(), t.vcpus(), t.memoryMiB(), t.chips(), t.maxEfaInterfaces(), t.topology(), "", "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("asEc2ReportsThem")
  void whereEc2AgreesTheRowIsTheCatalogs(Ec2InstanceType ec2) {
    Ec2Row row = Ec2Row.build(catalog, ec2, WHERE);
    InstanceType builtIn = catalog.require(ec2.name());
    assertThat(withoutProvenance(row.type())).isEqualTo(withoutProvenance(builtIn));
    assertThat(row.type().chipFamily()).isSameAs(builtIn.chipFamily());
    assertThat(row.type().source()).isEqualTo("EC2 DescribeInstanceTypes (EC2 in us-east-1)");
    assertThat(row.notes()).singleElement().asString().startsWith("built " + ec2.name() + " from EC2's figures (EC2 in us-east-1)")
        .contains(builtIn.chipFamily().is(ChipFamily.TRAINIUM2) ? "but for a known EC2 defect" : "they agree");
  }

  @Test
  void whereEc2DiffersItsFiguresWinAndTheNoteSaysWhat() {
    Ec2InstanceType ec2 = Ec2Facts.withVcpus(Ec2Facts.of(catalog.require("inf2.8xlarge")), 64);
    Ec2Row row = Ec2Row.build(catalog, ec2, WHERE);
    assertThat(row.type().vcpus()).isEqualTo(64);
    assertThat(row.notes().get(0)).contains("instead of the built-in row, which differs (vcpus: catalog 32, EC2 64)");

    Ec2InstanceType moreCores = Ec2Facts.withDevice(ec2, new Ec2NeuronDevice("Inferentia2", 1, 4, 2, 32768));
    ChipFamily chip = Ec2Row.build(catalog, moreCores, WHERE).type().chipFamily();
    assertThat(chip.is(ChipFamily.INFERENTIA2)).isTrue();
    assertThat(chip).isNotEqualTo(ChipFamily.INFERENTIA2);
    assertThat(chip.physicalCoresPerChip()).isEqualTo(4);
    assertThat(chip.visibleCoresPerChip()).isEqualTo(4);
    assertThat(chip.isKnown()).isTrue();
  }

  @Test
  void aFigureEc2LeavesOutComesFromTheRowWithANote() {
    Ec2InstanceType ec2 = Ec2Facts.withVcpus(Ec2Facts.of(catalog.require("trn1.32xlarge")), null);
    Ec2Row row = Ec2Row.build(catalog, ec2, WHERE);
    assertThat(row.type().vcpus()).isEqualTo(128);
    assertThat(row.notes()).contains("EC2 in us-east-1 does not report the vCPUs of trn1.32xlarge; using the catalog's 128");
  }

  @Test
  void aTrainium3TypeGetsLogicalCoresAndIsTakenWhole() {
    Ec2Row row = Ec2Row.build(catalog, Ec2Facts.trn3(), WHERE);
    InstanceType t = row.type();
    assertThat(t.name()).isEqualTo("trn3.48xlarge");
    assertThat(t.chips()).isEqualTo(16);
    assertThat(t.vcpus()).isEqualTo(192);
    assertThat(t.memoryMiB()).isEqualTo(2048 * 1024);
    assertThat(t.maxEfaInterfaces()).isEqualTo(16);
    assertThat(t.topology()).isEqualTo(Topology.WHOLE);
    ChipFamily chip = t.chipFamily();
    assertThat(chip.chipName()).isEqualTo("Trainium3");
    assertThat(chip.instanceFamily()).isEqualTo("Trn3");
    assertThat(chip.isKnown()).isFalse();
    assertThat(chip.physicalCoresPerChip()).isEqualTo(8);
    assertThat(chip.visibleCoresPerChip()).isEqualTo(4);
    assertThat(chip.neuronCoreVersion()).isEqualTo(4);
    assertThat(chip.memoryPerChipGiB()).isEqualTo(144);
    assertThat(t.note()).contains("not in the built-in catalog");
    assertThat(row.notes()).hasSize(3);
    assertThat(row.notes().get(0)).isEqualTo(
        "trn3.48xlarge is not in the built-in catalog; built it from EC2's figures (EC2 in us-east-1): 16 Trainium3 chips"
            + " with 8 NeuronCore-v4 each, 192 vCPUs, 2048 GiB memory, 16 EFA interfaces");
    assertThat(row.notes().get(1)).contains("LNC=2", "seen as 4", "NEURON_LOGICAL_NC_CONFIG=1 shows all 8");
    assertThat(row.notes().get(2)).contains("one task takes all 16 of them");
  }

  @Test
  void anUnknownChipFamilyShowsItsPhysicalCoresAndSaysSo() {
    Ec2InstanceType inf3 = new Ec2InstanceType("inf3.xlarge", 4, 16384, 0, List.of(new Ec2NeuronDevice("Inferentia3", 1, 2, 3, 65536)));
    Ec2Row row = Ec2Row.build(catalog, inf3, WHERE);
    assertThat(row.type().chipFamily().visibleCoresPerChip()).isEqualTo(2);
    assertThat(row.type().chipFamily().hasLogicalCores()).isFalse();
    assertThat(row.type().topology()).isEqualTo(Topology.SINGLE);
    assertThat(row.notes()).hasSize(2);
    assertThat(row.notes().get(1)).contains("Inferentia3 is a chip family this release does not know",
        "shows all 2 physical NeuronCores");
  }

  @Test
  void aNewTypeOfAKnownFamilyFollowsTheFamilysTopology() {
    Ec2InstanceType trn2Quarter = new Ec2InstanceType("trn2.12xlarge", 48, 512 * 1024, 4,
        List.of(new Ec2NeuronDevice("Trainium2", 4, 8, 3, 524288)));
    Ec2Row row = Ec2Row.build(catalog, trn2Quarter, WHERE);
    assertThat(row.type().chipFamily()).as("the known defect is not taken over").isSameAs(ChipFamily.TRAINIUM2);
    assertThat(row.type().topology()).isEqualTo(Topology.TORUS_2D);
    assertThat(row.type().topology().validCounts(4)).containsExactly(1, 4);
    assertThat(row.notes()).singleElement().asString().startsWith("trn2.12xlarge is not in the built-in catalog");

    Ec2InstanceType inf2Huge = new Ec2InstanceType("inf2.96xlarge", 384, 1536 * 1024, 0,
        List.of(new Ec2NeuronDevice("Inferentia2", 24, 2, 2, 32768)));
    assertThat(Ec2Row.build(catalog, inf2Huge, WHERE).type().topology()).isEqualTo(Topology.RING);
  }

  @Test
  void aTypeWithoutNeuronChipsIsBadInput() {
    Ec2InstanceType m5 = new Ec2InstanceType("m5.large", 2, 8192, 0, List.of());
    assertThatThrownBy(() -> Ec2Row.build(catalog, m5, WHERE))
        .isInstanceOfSatisfying(NeuronEcsException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining("m5.large has no Neuron chips");
  }

  @Test
  void aNewTypeWithoutAFigureCannotBeBuilt() {
    Ec2InstanceType noVcpus = Ec2Facts.withVcpus(Ec2Facts.trn3(), null);
    assertThatThrownBy(() -> Ec2Row.build(catalog, noVcpus, WHERE))
        .isInstanceOfSatisfying(NeuronEcsException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessageContaining("EC2 in us-east-1 does not report the vCPUs of trn3.48xlarge, so --from-ec2 cannot build it");
    Ec2InstanceType twoKinds = new Ec2InstanceType("trn9.48xlarge", 192, 1 << 21, 0,
        List.of(new Ec2NeuronDevice("Trainium9", 8, 8, 9, 1), new Ec2NeuronDevice("Inferentia9", 8, 8, 9, 1)));
    assertThatThrownBy(() -> Ec2Row.build(catalog, twoKinds, WHERE)).hasMessageContaining("2 kinds of Neuron chip");
  }

  @Test
  void theCatalogWithTheRowReplacesOrAppends() {
    Ec2Row trn3 = Ec2Row.build(catalog, Ec2Facts.trn3(), WHERE);
    Catalog more = catalog.with(trn3.type());
    assertThat(more.names()).hasSize(15).endsWith("trn3.48xlarge");
    assertThat(more.ec2Defects()).isEqualTo(catalog.ec2Defects());
    Ec2Row inf2 = Ec2Row.build(catalog, Ec2Facts.withVcpus(Ec2Facts.of(catalog.require("inf2.xlarge")), 8), WHERE);
    Catalog changed = catalog.with(inf2.type());
    assertThat(changed.names()).isEqualTo(catalog.names());
    assertThat(changed.require("inf2.xlarge").vcpus()).isEqualTo(8);
    assertThat(catalog.require("inf2.xlarge").vcpus()).as("the built-in catalog is untouched").isEqualTo(4);
  }
}
