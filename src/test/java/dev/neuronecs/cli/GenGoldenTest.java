package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.taskdef.Resources;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.Golden;
import dev.neuronecs.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** examples/gen/TYPE.json is what 'neuron-ecs gen --instance TYPE' prints, and it means the right thing. */
class GenGoldenTest {
  static final Path DIR = Path.of("examples", "gen");

  static Stream<InstanceType> types() {
    return Catalog.builtIn().all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void goldenDocumentPerInstanceType(InstanceType type) throws IOException {
    CliResult r = Cli.run("gen", "--instance", type.name());
    assertThatRun(r).succeeded();
    Path file = DIR.resolve(type.name() + ".json");
    Golden.assertFile(file, r.out());

    Map<?, ?> td = (Map<?, ?>) JsonReader.read(Files.readString(file), file.toString());
    assertThat(td.get("requiresCompatibilities")).isEqualTo(List.of("EC2"));
    assertThat(Tree.list(td, "placementConstraints"))
        .containsExactly(Map.of("type", "memberOf", "expression", "attribute:ecs.instance-type == " + type.name()));
    List<Object> devices = Tree.list(td, "containerDefinitions.0.linuxParameters.devices");
    List<String> paths = new ArrayList<>();
    for (Object d : devices) {
      Map<?, ?> device = (Map<?, ?>) d;
      assertThat(device.get("containerPath")).isEqualTo(device.get("hostPath"));
      assertThat(device.get("permissions")).isEqualTo(List.of("read", "write"));
      paths.add((String) device.get("hostPath"));
    }
    assertThat(paths).isEqualTo(type.devicePaths());
    assertThat(Tree.list(td, "containerDefinitions.0.linuxParameters.capabilities.add")).containsExactly("IPC_LOCK");
    assertThat(Integer.parseInt((String) td.get("cpu"))).isLessThanOrEqualTo(Resources.maxCpu(type));
    assertThat(Integer.parseInt((String) td.get("memory"))).isLessThan(Resources.maxMemory(type));
    assertThat(Tree.at(td, "containerDefinitions.0.privileged")).isNull();
  }

  @Test
  void noStrayGoldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      List<String> expected = types().map(t -> t.name() + ".json").sorted().toList();
      assertThat(names).as("examples/gen holds one document per catalog type").isEqualTo(expected);
    }
  }
}
