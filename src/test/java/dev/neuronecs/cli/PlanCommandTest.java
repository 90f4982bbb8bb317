package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCommandTest {
  private static final String[] INF2_SIX = {"plan", "--instance", "inf2.48xlarge", "--tasks", "6", "--image", "me/app:1"};

  private static String[] args(String[] base, String... more) {
    return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
  }

  @Test
  void printsEverySlotAsAJsonArrayAndNotesOnStderr() {
    CliResult r = Cli.run("plan", "--instance", "inf2.48xlarge", "--tasks", "6");
    assertThatRun(r).succeeded().stderrContains("neuron-ecs: note: no --image given");
    assertThat(r.err().lines()).as("one note for all six slots").hasSize(1);
    List<Object> slots = assertThatRun(r).stdoutJsonArray();
    assertThat(slots).hasSize(6);
    assertThat(Tree.string(slots, "5.family")).isEqualTo("neuron-inf2-48xlarge-chips10-11");
    assertThat(Tree.list(slots, "5.containerDefinitions.0.linuxParameters.devices")).hasSize(2);
    assertThat(Tree.at(slots, "5.containerDefinitions.0.portMappings.0.hostPort")).isEqualTo(31005);
  }

  @Test
  void slotPrintsOneTaskDefinitionReadyForRegister() {
    CliResult r = Cli.run(args(INF2_SIX, "--slot", "1"));
    assertThatRun(r).succeeded().stderrIsEmpty();
    Map<String, Object> td = assertThatRun(r).stdoutJsonObject();
    assertThat(Tree.string(td, "family")).isEqualTo("neuron-inf2-48xlarge-chips2-3");
    assertThat(Tree.list(td, "containerDefinitions.0.environment"))
        .containsExactly(Map.of("name", "NEURON_RT_VISIBLE_CORES", "value", "4-7"));
    // the same bytes as the second element of the full plan
    List<Object> all = assertThatRun(Cli.run(INF2_SIX)).stdoutJsonArray();
    assertThat(td).isEqualTo(all.get(1));
  }

  @Test
  void sameInputSameBytes() {
    String[] a = args(INF2_SIX, "--port", "8080", "--env", "A=1", "-o", "yaml");
    assertThat(Cli.run(a).out()).isEqualTo(Cli.run(a).out()).startsWith("- family: \"neuron-inf2-48xlarge-chips0-1\"");
  }

  @Test
  void explainIsForPeopleOnStdout() {
    CliResult r = Cli.run("plan", "--instance", "trn1.32xlarge", "--chips-per-task", "4", "--image", "me/app:1", "--explain");
    assertThatRun(r).succeeded().stderrIsEmpty();
    assertThat(r.out())
        .startsWith("trn1.32xlarge: 16 Trainium chips (/dev/neuron0..15), linked as a 2D torus; 32 NeuronCores, 2 per")
        .contains("Plan: 4 tasks of 4 chips each.")
        .satisfies(out -> assertThat(out.replace('\n', ' ')).contains("one task takes 1, 4, 8 or 16 chips starting on a multiple of the count"))
        .contains("0     neuron-trn1-32xlarge-chips0-3    0-3    /dev/neuron0..3    0-7    32768  117964      31000/tcp")
        .contains("3     neuron-trn1-32xlarge-chips12-15  12-15  /dev/neuron12..15  24-31  32768  117964      31003/tcp")
        .contains("Together the slots ask for 131072 of 131072 CPU units and 471856 of 498073 MiB")
        .contains("--service-name neuron-trn1-32xlarge-chips12-15", "--placement-constraints type=distinctInstance")
        .doesNotContain("{");
    assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110));
  }

  @Test
  void explainInAwsvpcSaysPortsKeepNothingApart() {
    CliResult r = Cli.run("plan", "--instance", "inf2.24xlarge", "--tasks", "3", "--network-mode", "awsvpc",
        "--port", "8080", "--image", "a/b", "--explain");
    assertThatRun(r).succeeded().stderrContains("neuron-ecs: note: in awsvpc network mode");
    assertThat(r.out().replace('\n', ' '))
        .contains("In awsvpc mode every task has its own network interface, so host ports keep nothing apart")
        .contains("awsvpcConfiguration={subnets=[SUBNET],securityGroups=[SG]}");
    assertThat(r.out().lines().filter(l -> l.startsWith("0 ")).findFirst()).hasValueSatisfying(l -> assertThat(l).endsWith("-"));
  }

  @Test
  void outputDirWritesEverySlotAndTheSummary(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("new/plan");
    CliResult r = Cli.run(args(INF2_SIX, "--output-dir", dir.toString()));
    assertThatRun(r).succeeded().stderrContains("neuron-ecs: note: wrote slot0.json .. slot5.json and plan.json to " + dir);
    assertThat(r.out()).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .as("no temporary files left behind")
          .containsExactly("plan.json", "slot0.json", "slot1.json", "slot2.json", "slot3.json", "slot4.json", "slot5.json");
    }
    List<Object> printed = assertThatRun(Cli.run(INF2_SIX)).stdoutJsonArray();
    for (int i = 0; i < 6; i++) {
      Path file = dir.resolve("slot" + i + ".json");
      assertThat(JsonReader.read(Files.readString(file), file.toString())).isEqualTo(printed.get(i));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }
    Object summary = JsonReader.read(Files.readString(dir.resolve("plan.json")), "plan.json");
    assertThat(Tree.at(summary, "tasks")).isEqualTo(6);
    assertThat(Tree.string(summary, "slots.4.file")).isEqualTo("slot4.json");
    assertThat(Tree.string(summary, "slots.4.family")).isEqualTo("neuron-inf2-48xlarge-chips8-9");
    assertThat(Tree.string(summary, "slots.4.neuronCores")).isEqualTo("16-19");
    assertThat(Tree.list(summary, "slots.4.hostPorts")).containsExactly("31004/tcp");
  }

  @Test
  void outputDirReplacesFilesAndNamesStaleOnes(@TempDir Path dir) throws IOException {
    assertThatRun(Cli.run("plan", "--instance", "inf2.48xlarge", "--tasks", "12", "--image", "a/b", "--output-dir", dir.toString()))
        .succeeded();
    CliResult r = Cli.run(args(INF2_SIX, "--output-dir", dir.toString(), "-o", "json"));
    assertThatRun(r).succeeded()
        .stderrContains("also holds slot10.json, slot11.json, slot6.json, slot7.json, slot8.json, slot9.json, not part of this plan");
    assertThat(Files.readString(dir.resolve("slot0.json"))).contains("neuron-inf2-48xlarge-chips0-1");
    assertThat(Files.readString(dir.resolve("plan.json"))).contains("\"tasks\": 6");
  }

  @Test
  void outputDirInYaml(@TempDir Path dir) throws IOException {
    assertThatRun(Cli.run(args(INF2_SIX, "--output-dir", dir.toString(), "-o", "yaml"))).succeeded();
    assertThat(Files.readString(dir.resolve("slot3.yaml"))).startsWith("family: \"neuron-inf2-48xlarge-chips6-7\"\n");
    assertThat(Files.readString(dir.resolve("plan.yaml"))).contains("file: \"slot3.yaml\"");
  }

  @Test
  void explainWithOutputDirDoesBoth(@TempDir Path dir) {
    CliResult r = Cli.run(args(INF2_SIX, "--output-dir", dir.toString(), "--explain"));
    assertThatRun(r).succeeded().stdoutContains("Plan: 6 tasks of 2 chips each.").stderrContains("wrote slot0.json");
    assertThat(dir.resolve("plan.json")).exists();
  }

  @Test
  void unwritableOutputDirIsBadInputAndWritesNothing(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
    assertThatRun(Cli.run(args(INF2_SIX, "--output-dir", file.toString())))
        .isBadInput()
        .stderrContains("cannot create --output-dir " + file + " (it exists and is not a directory)");
    assertThatRun(Cli.run(args(INF2_SIX, "--output-dir", file.resolve("sub").toString())))
        .isBadInput()
        .stderrContains("cannot create --output-dir " + file.resolve("sub"), "give a directory you can write to");
    Path locked = Files.createDirectory(tmp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root writes anyway; the read-only case can only be checked as another user
      if (!Files.isWritable(locked)) {
        assertThatRun(Cli.run(args(INF2_SIX, "--output-dir", locked.toString())))
            .isBadInput()
            .stderrContains("cannot write --output-dir " + locked.resolve("slot0.json"));
        try (Stream<Path> files = Files.list(locked)) {
          assertThat(files).isEmpty();
        }
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void chipOptionsOfGenAreNotPlanOptions() {
    assertThatRun(Cli.run("plan", "--instance", "inf2.24xlarge", "--tasks", "3", "--chips", "2"))
        .isBadInput()
        .stderrContains("Unknown options: '--chips'", "did you mean --chips-per-task");
    CliResult help = Cli.run("plan", "--help");
    assertThatRun(help).succeeded().stdoutContains("--chips-per-task=N", "--tasks=K", "--slot=I", "Exit codes:");
    assertThat(help.out()).doesNotContain("--chips=", "--first-chip");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "torus count        | --instance trn1.32xlarge --chips-per-task 3        | trn1.32xlarge takes 1, 4, 8 or 16 chips per task, not 3",
        "torus tasks        | --instance trn1.32xlarge --tasks 3                 | trn1.32xlarge's 16 chips split evenly into 1, 2, 4 or 16 tasks",
        "ring tasks         | --instance inf2.24xlarge --tasks 4                 | split evenly into 1, 2, 3 or 6 tasks (6, 3, 2 or 1 chips each), not 4",
        "inf1 too many      | --instance inf1.6xlarge --chips-per-task 5         | inf1.6xlarge has 4 Neuron chips; --chips-per-task 5 asks for more",
        "trn2 count         | --instance trn2.48xlarge --chips-per-task 2        | trn2.48xlarge takes 1, 4, 8 or 16 chips per task, not 2",
        "single chip        | --instance trn2.3xlarge --tasks 2                  | trn2.3xlarge has a single Neuron chip, so it takes one task",
        "neither            | --instance inf2.24xlarge                           | give --chips-per-task N or --tasks K",
        "both               | --instance inf2.24xlarge --tasks 2 --chips-per-task 3 | not both",
        "no instance        | --tasks 2                                          | --instance is required",
        "slot out of range  | --instance inf2.24xlarge --tasks 3 --slot 3        | --slot 3 is not a slot of this plan: it has 3 slots, 0 to 2",
        "one slot           | --instance inf2.xlarge --tasks 1 --slot 1          | it has one slot, 0",
        "slot and dir       | --instance inf2.24xlarge --tasks 3 --slot 0 --output-dir x | give one of them",
        "slot and explain   | --instance inf2.24xlarge --tasks 3 --slot 0 --explain      | give one of them",
        "cpu per task       | --instance inf2.24xlarge --tasks 6 --cpu 20000     | give --cpu 16384 or less",
        "memory per task    | --instance inf2.24xlarge --tasks 6 --memory 70000  | give --memory 62259 or less",
        "colliding ports    | --instance inf2.24xlarge --tasks 6 --port 8080 --port 8082 | give ports at least 6 apart",
        "visible cores      | --instance inf2.24xlarge --tasks 6 --env NEURON_RT_VISIBLE_CORES=0 | drop --env NEURON_RT_VISIBLE_CORES",
        "bad lnc            | --instance trn2.48xlarge --tasks 2 --env NEURON_LOGICAL_NC_CONFIG=0 | is not 1 or 2",
        "host mode host port| --instance inf2.24xlarge --tasks 6 --network-mode host --port 8080:9000 | use --port 8080 instead",
        "format             | --instance inf2.24xlarge --tasks 6 -o xml          | unknown output format 'xml'; use json or yaml",
        "not a number       | --instance inf2.24xlarge --tasks six               | '--tasks'",
      })
  void badInputExitsTwoWithOneLine(String name, String args, String message) {
    assertThatRun(Cli.run(("plan " + args).split(" "))).isBadInput().stderrContains("neuron-ecs: error: ", message);
  }
}
