package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.Golden;
import dev.neuronecs.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/plan/inf2.48xlarge-6-tasks is what {@link #COMMAND} writes with --output-dir, and it
 * means what docs/plan.md says: six slots of two chips, none shared, each with its own host port.
 */
class PlanGoldenTest {
  static final Path DIR = Path.of("examples", "plan", "inf2.48xlarge-6-tasks");
  static final String[] COMMAND = {"plan", "--instance", "inf2.48xlarge", "--tasks", "6", "--port", "8080"};

  @Test
  void exampleDirectoryIsWhatPlanWrites(@TempDir Path tmp) throws IOException {
    String[] args = Stream.concat(Stream.of(COMMAND), Stream.of("--output-dir", tmp.toString())).toArray(String[]::new);
    assertThatRun(Cli.run(args)).succeeded();
    List<String> written = names(tmp);
    for (String name : written) {
      Golden.assertFile(DIR.resolve(name), Files.readString(tmp.resolve(name)));
    }
    assertThat(names(DIR)).as("no stray files in " + DIR).isEqualTo(written);
  }

  @Test
  void exampleMeansSixSlotsOfTwoChipsEachWithItsOwnPort() throws IOException {
    Set<String> devices = new HashSet<>();
    for (int slot = 0; slot < 6; slot++) {
      Path file = DIR.resolve("slot" + slot + ".json");
      Object td = JsonReader.read(Files.readString(file), file.toString());
      List<String> paths = new ArrayList<>();
      for (Object d : Tree.list(td, "containerDefinitions.0.linuxParameters.devices")) {
        paths.add((String) ((Map<?, ?>) d).get("hostPath"));
      }
      assertThat(paths).containsExactly("/dev/neuron" + 2 * slot, "/dev/neuron" + (2 * slot + 1));
      assertThat(devices.addAll(paths)).isTrue();
      assertThat(Tree.list(td, "containerDefinitions.0.environment"))
          .containsExactly(Map.of("name", "NEURON_RT_VISIBLE_CORES", "value", 4 * slot + "-" + (4 * slot + 3)));
      assertThat(Tree.list(td, "containerDefinitions.0.portMappings"))
          .containsExactly(Map.of("containerPort", 8080, "hostPort", 8080 + slot, "protocol", "tcp"));
      assertThat(Tree.string(td, "family")).isEqualTo("neuron-inf2-48xlarge-chips" + 2 * slot + "-" + (2 * slot + 1));
    }
    assertThat(devices).hasSize(12);
    Object summary = JsonReader.read(Files.readString(DIR.resolve("plan.json")), "plan.json");
    assertThat(Tree.at(summary, "cpu.total")).isEqualTo(196608);
    assertThat((Integer) Tree.at(summary, "memoryMiB.total")).isLessThanOrEqualTo((Integer) Tree.at(summary, "memoryMiB.max"));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
