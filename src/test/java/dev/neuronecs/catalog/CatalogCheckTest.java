package dev.neuronecs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCheckTest {
  private final Catalog catalog = Catalog.builtIn();

  private static TypeCheck find(CatalogCheck check, String name) {
    return check.types().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void whatEc2ReportsTodayIsSameKnownOrNotOffered() {
    List<Ec2InstanceType> ec2 = new ArrayList<>(Ec2Facts.asEc2ReportsTheCatalog());
    ec2.removeIf(e -> e.name().equals("trn2u.48xlarge"));
    CatalogCheck check = CatalogCheck.of(catalog, ec2);

    assertThat(check.types()).extracting(TypeCheck::name).containsExactlyElementsOf(catalog.names());
    assertThat(check.count(CheckStatus.SAME)).isEqualTo(11);
    assertThat(find(check, "trn2u.48xlarge").status()).isEqualTo(CheckStatus.NOT_OFFERED);
    assertThat(find(check, "trn2u.48xlarge").ec2()).isNull();
    for (String trn2 : List.of("trn2.3xlarge", "trn2.48xlarge")) {
      TypeCheck t = find(check, trn2);
      assertThat(t.status()).isEqualTo(CheckStatus.KNOWN);
      assertThat(t.differences()).singleElement().satisfies(d -> {
        assertThat(d.field()).isEqualTo(Ec2Field.DEVICE_MEMORY);
        assertThat(d.catalog()).isEqualTo(96 * 1024);
        assertThat(d.ec2()).isEqualTo(524288);
        assertThat(d.knownDefect().source()).contains("trainium2");
      });
    }
    assertThat(check.needsAttention()).isFalse();
  }

  @Test
  void aChangedFigureIsDifferentWithBothValues() {
    List<Ec2InstanceType> ec2 = new ArrayList<>(Ec2Facts.asEc2ReportsTheCatalog());
    ec2.replaceAll(e -> e.name().equals("inf2.xlarge") ? Ec2Facts.withVcpus(e, 8) : e);
    CatalogCheck check = CatalogCheck.of(catalog, ec2);
    TypeCheck t = find(check, "inf2.xlarge");
    assertThat(t.status()).isEqualTo(CheckStatus.DIFFERENT);
    assertThat(t.differences()).containsExactly(new FieldDifference(Ec2Field.VCPUS, 4, 8, null));
    assertThat(check.needsAttention()).isTrue();
  }

  @Test
  void aKnownDefectExcusesOnlyItsOwnWrongValue() {
    Ec2InstanceType fixedAtAws = Ec2Facts.of(catalog.require("trn2.48xlarge"));
    assertThat(CatalogCheck.compare(catalog, catalog.require("trn2.48xlarge"), fixedAtAws).status()).isEqualTo(CheckStatus.SAME);

    Ec2InstanceType otherWrong = Ec2Facts.withDeviceMemory(fixedAtAws, 1024 * 1024);
    TypeCheck t = CatalogCheck.compare(catalog, catalog.require("trn2.48xlarge"), otherWrong);
    assertThat(t.status()).isEqualTo(CheckStatus.DIFFERENT);
    assertThat(t.differences()).singleElement().satisfies(d -> assertThat(d.isKnown()).isFalse());

    TypeCheck both = CatalogCheck.compare(
        catalog, catalog.require("trn2.48xlarge"), Ec2Facts.withVcpus(Ec2Facts.withDeviceMemory(fixedAtAws, 524288), 96));
    assertThat(both.status()).as("a known defect does not hide a real difference").isEqualTo(CheckStatus.DIFFERENT);
    assertThat(both.differences()).extracting(FieldDifference::isKnown).containsExactly(false, true);

    Catalog withoutDefects = new Catalog(catalog.all());
    assertThat(CatalogCheck.compare(withoutDefects, catalog.require("trn2.3xlarge"), Ec2Facts.withDeviceMemory(fixedAtAws, 524288)).status())
        .as("the defect is the catalog's data, not the comparison's").isEqualTo(CheckStatus.DIFFERENT);
  }

  @Test
  void aTypeOnlyEc2HasComesAfterTheRowsByName() {
    List<Ec2InstanceType> ec2 = new ArrayList<>(Ec2Facts.asEc2ReportsTheCatalog());
    ec2.add(0, Ec2Facts.trn3());
    ec2.add(0, new Ec2InstanceType("inf3.xlarge", 4, 16384, 0, List.of(new Ec2NeuronDevice("Inferentia3", 1, 2, 3, 65536))));
    CatalogCheck check = CatalogCheck.of(catalog, ec2);
    List<TypeCheck> types = check.types();
    assertThat(types).hasSize(16);
    assertThat(types.subList(14, 16)).extracting(TypeCheck::name).containsExactly("inf3.xlarge", "trn3.48xlarge");
    assertThat(types.get(15).status()).isEqualTo(CheckStatus.NOT_IN_CATALOG);
    assertThat(types.get(15).ec2()).isEqualTo(Ec2Facts.trn3());
    assertThat(check.needsAttention()).isTrue();
    assertThat(check.only(List.of("trn3.48xlarge", "inf1.xlarge")).types()).extracting(TypeCheck::name)
        .containsExactly("inf1.xlarge", "trn3.48xlarge");
  }

  @Test
  void figuresEc2DoesNotReportAreDifferences() {
    Ec2InstanceType noNeuronInfo = Ec2Facts.withDevice(Ec2Facts.of(catalog.require("trn2.48xlarge")), null);
    TypeCheck t = CatalogCheck.compare(catalog, catalog.require("trn2.48xlarge"), noNeuronInfo);
    assertThat(t.status()).isEqualTo(CheckStatus.DIFFERENT);
    assertThat(t.differences()).extracting(FieldDifference::field)
        .containsExactly(Ec2Field.CHIP, Ec2Field.CHIPS, Ec2Field.CORES_PER_CHIP, Ec2Field.CORE_VERSION, Ec2Field.DEVICE_MEMORY);
    assertThat(t.differences()).extracting(FieldDifference::ec2).containsOnlyNulls();
  }

  @Test
  void aNeuronNamedTypeWithoutNeuronInfoIsShownForALook() {
    List<Ec2InstanceType> ec2 = new ArrayList<>(Ec2Facts.asEc2ReportsTheCatalog());
    ec2.add(new Ec2InstanceType("trn2n.48xlarge", 192, 2048 * 1024, 16, List.of()));
    TypeCheck t = find(CatalogCheck.of(catalog, ec2), "trn2n.48xlarge");
    assertThat(t.status()).isEqualTo(CheckStatus.NOT_IN_CATALOG);
    assertThat(dev.neuronecs.render.CatalogCheckView.table(CatalogCheck.of(catalog, ec2), "us-east-1"))
        .contains("trn2n.48xlarge  not in catalog").contains("no NeuronInfo, 192 vCPUs, 2048 GiB, 16 EFA\n");
  }

  @Test
  void onlyDifferentAndNotInCatalogNeedAttention() {
    assertThat(List.of(CheckStatus.values())).filteredOn(CheckStatus::needsAttention)
        .containsExactly(CheckStatus.DIFFERENT, CheckStatus.NOT_IN_CATALOG);
  }
}
