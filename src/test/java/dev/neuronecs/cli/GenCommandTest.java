package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.Tree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenCommandTest {
  @Test
  void printsTheDocumentOnStdoutAndTheNoteOnStderr() {
    CliResult r = Cli.run("gen", "--instance", "inf2.24xlarge");
    assertThatRun(r).succeeded().stderrContains("neuron-ecs: note: no --image given");
    Map<String, Object> td = assertThatRun(r).stdoutJsonObject();
    assertThat(Tree.string(td, "placementConstraints.0.expression"))
        .isEqualTo("attribute:ecs.instance-type == inf2.24xlarge");
    assertThat(Tree.list(td, "containerDefinitions.0.linuxParameters.devices")).hasSize(6);
  }

  @Test
  void sameInputSameBytes() {
    String[] args = {"gen", "--instance", "trn1.32xlarge", "--chips", "4", "--first-chip", "4", "--env", "A=1", "--port", "8080"};
    assertThat(Cli.run(args).out()).isEqualTo(Cli.run(args).out());
  }

  @Test
  void emitsLowercaseWhateverTheCase() {
    CliResult r = Cli.run("gen", "--instance", "Trn1.2XLARGE", "--image", "x/y:1");
    assertThatRun(r).succeeded();
    assertThat(r.err()).as("an image was given: no note").isEmpty();
    assertThat(r.out()).contains("attribute:ecs.instance-type == trn1.2xlarge").doesNotContain("Trn1");
  }

  @Test
  void yamlOutput() {
    CliResult r = Cli.run("gen", "--instance", "inf2.xlarge", "-o", "yaml", "--image", "a/b:c");
    assertThatRun(r).succeeded().stdoutContains("family: \"neuron-inf2-xlarge\"", "- hostPath: \"/dev/neuron0\"");
  }

  @Test
  void regionComesFromTheEnvironmentToo() {
    CliResult r = Cli.run(Map.of("AWS_REGION", "eu-west-1"), "gen", "--instance", "inf1.xlarge", "--log-group", "/ecs/x");
    assertThatRun(r).succeeded().stdoutContains("763104351884.dkr.ecr.eu-west-1.amazonaws.com/", "\"awslogs-region\": \"eu-west-1\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown type            | --instance inf3.xlarge                     | unknown instance type 'inf3.xlarge'",
        "no type                 | --image a/b                                | --instance is required",
        "zero chips              | --instance inf2.24xlarge --chips 0         | --chips must be at least 1",
        "too many chips          | --instance inf2.24xlarge --chips 7         | has 6 Neuron chips; --chips 7 asks for more",
        "range past last chip    | --instance inf2.24xlarge --chips 2 --first-chip 5 | runs past the last chip",
        "torus count             | --instance trn1.32xlarge --chips 3         | trn1.32xlarge takes 1, 4, 8 or 16 chips per task, not 3",
        "env without equals      | --instance inf2.xlarge --env FOO           | --env 'FOO' needs the form KEY=VALUE",
        "memory too big          | --instance inf2.xlarge --memory 20000      | --memory 20000 does not fit inf2.xlarge",
        "cpu too big             | --instance inf2.xlarge --cpu 99999         | --cpu 99999 does not fit inf2.xlarge",
        "bad family              | --instance inf2.xlarge --family a.b        | --family 'a.b' is not a valid ECS name",
        "bad container name      | --instance inf2.xlarge --name x/y          | --name 'x/y' is not a valid ECS name",
        "unknown output format   | --instance inf2.xlarge -o xml              | unknown output format 'xml'; use json or yaml",
        "empty image             | --instance inf2.xlarge --image ''          | --image is empty",
        "not a number            | --instance inf2.xlarge --chips two         | '--chips'",
        "unknown option          | --instance inf2.xlarge --chip 1            | Unknown options: '--chip'",
        "bad port                | --instance inf2.xlarge --port web          | --port 'web' is not CONTAINER[:HOST]",
      })
  void badInputExitsTwoWithOneLine(String name, String args, String message) {
    String[] argv = ("gen " + args).replace("''", "\u0000").split(" ");
    for (int i = 0; i < argv.length; i++) {
      argv[i] = argv[i].replace("\u0000", "");
    }
    assertThatRun(Cli.run(argv)).isBadInput().stderrContains("neuron-ecs: error: ", message);
  }

  @Test
  void unknownOptionSuggestsTheRightOne() {
    assertThatRun(Cli.run("gen", "--instanc", "inf2.xlarge")).isBadInput().stderrContains("did you mean --instance");
  }

  @Test
  void writesTheOutputFileAtomically(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("td.json");
    CliResult r = Cli.run("gen", "--instance", "inf2.xlarge", "--image", "a/b:1", "--output-file", file.toString());
    assertThatRun(r).succeeded();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file)).contains("\"family\": \"neuron-inf2-xlarge\"");
    try (var listing = Files.list(dir)) {
      assertThat(listing).as("no temporary file left behind").containsExactly(file);
    }
  }

  @Test
  void unwritableOutputFileIsBadInputAndKeepsTheOldFile(@TempDir Path dir) throws Exception {
    Path missingDir = dir.resolve("no-such-dir").resolve("td.json");
    assertThatRun(Cli.run("gen", "--instance", "inf2.xlarge", "--output-file", missingDir.toString()))
        .exitedWith(2).stderrContains("cannot write --output-file");

    Path old = dir.resolve("old.json");
    Files.writeString(old, "previous content");
    // a bad request fails before anything is written
    assertThatRun(Cli.run("gen", "--instance", "inf2.xlarge", "--chips", "9", "--output-file", old.toString())).isBadInput();
    assertThat(Files.readString(old)).isEqualTo("previous content");
    // a directory that cannot take the temporary file
    Path readOnly = Files.createDirectory(dir.resolve("ro"));
    Path target = readOnly.resolve("td.json");
    Files.writeString(target, "kept");
    readOnly.toFile().setWritable(false);
    try {
      CliResult r = Cli.run("gen", "--instance", "inf2.xlarge", "--image", "a/b:1", "--output-file", target.toString());
      if (readOnly.toFile().canWrite()) {
        return; // running as a user who can write anyway (root): nothing to check here
      }
      assertThatRun(r).exitedWith(2).stderrContains("cannot write --output-file");
      assertThat(Files.readString(target)).isEqualTo("kept");
    } finally {
      readOnly.toFile().setWritable(true);
    }
  }
}
