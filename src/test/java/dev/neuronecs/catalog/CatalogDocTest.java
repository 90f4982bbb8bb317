package dev.neuronecs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.CatalogView;
import dev.neuronecs.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/catalog.md carries the table generated from the catalog, and the two never drift apart. */
class CatalogDocTest {
  static final Path DOC = Path.of("docs", "catalog.md");
  static final String BEGIN = "<!-- BEGIN GENERATED: neuron-ecs catalog --output markdown -->\n";
  static final String END = "<!-- END GENERATED -->";

  @Test
  void generatedTableMatchesTheCatalog() throws IOException {
    String doc = Files.readString(DOC);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("%s has the generated-table markers", DOC).isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String table = CatalogView.markdown(Catalog.builtIn().all());
    String expected = doc.substring(0, begin + BEGIN.length()) + table + doc.substring(end);
    Golden.assertFile(DOC, expected);
  }

  @Test
  void everyRowCitesASource() throws IOException {
    String doc = Files.readString(DOC);
    for (InstanceType t : Catalog.builtIn().all()) {
      String row = doc.lines().filter(l -> l.startsWith("| " + t.name() + " |")).findFirst().orElseThrow();
      assertThat(row).contains(t.source());
    }
  }

  @Test
  void everyKnownEc2DefectIsInTheDocs() throws IOException {
    String doc = Files.readString(DOC);
    assertThat(Catalog.builtIn().ec2Defects()).isNotEmpty();
    for (Ec2Defect d : Catalog.builtIn().ec2Defects()) {
      String row = doc.lines().filter(l -> l.startsWith("| " + d.chip().chipName() + " ")).findFirst().orElseThrow();
      assertThat(row).contains("`" + d.field().key() + "`", d.reported().toString());
    }
  }
}
