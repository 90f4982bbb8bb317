package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {
  @Test
  void tableForPeople() {
    CliResult r = Cli.run("catalog");
    assertThatRun(r).succeeded();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("TYPE").contains("CHIPS", "EFA", "DEVICES");
    assertThat(lines).hasSize(1 + Catalog.builtIn().all().size());
    assertThat(r.out()).contains("trn2.48xlarge").contains("4 (LNC=2)").contains("/dev/neuron0..15");
  }

  @Test
  void jsonAndYamlForScripts() {
    CliResult json = Cli.run("catalog", "--output", "json");
    assertThatRun(json).succeeded();
    List<?> rows = (List<?>) JsonReader.read(json.out(), "stdout");
    assertThat(rows).hasSize(14);
    Map<?, ?> inf2 = (Map<?, ?>) rows.stream().filter(m -> ((Map<?, ?>) m).get("instanceType").equals("inf2.xlarge")).findFirst().orElseThrow();
    assertThat(inf2.get("vcpus")).isEqualTo(4);
    assertThat(inf2.get("devicePaths")).isEqualTo(List.of("/dev/neuron0"));

    CliResult yaml = Cli.run("catalog", "-o", "yaml");
    assertThatRun(yaml).succeeded();
    assertThat(JsonReader.read(new YAMLFactory(), yaml.out(), "stdout", "YAML")).isEqualTo(rows);
  }

  @Test
  void selectedTypes() {
    CliResult r = Cli.run("catalog", "INF2.xlarge", "trn1.2xlarge", "-o", "json");
    assertThatRun(r).succeeded();
    assertThat((List<?>) JsonReader.read(r.out(), "stdout")).hasSize(2);
    assertThatRun(Cli.run("catalog", "inf9.xlarge")).isBadInput().stderrContains("unknown instance type");
  }
}
