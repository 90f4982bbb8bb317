package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.Tree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "validate", "corpus");
  static final Path EXAMPLES = Path.of("src", "test", "resources", "validate", "examples");

  @Test
  void aCleanDocumentExitsZeroWithNothingOnStdout(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("td.json");
    Files.writeString(file, Cli.run("gen", "--instance", "trn1.32xlarge", "--chips", "4", "--first-chip", "8").out());
    CliResult r = Cli.run("validate", file.toString());
    assertThatRun(r).succeeded();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("neuron-ecs: note: " + file + ": no problems found\n");
    assertThatRun(Cli.run("validate", "--strict", file.toString())).succeeded();
  }

  @Test
  void readsStdin() {
    String td = Cli.run("gen", "--instance", "inf2.24xlarge", "--image", "a/b:1").out();
    CliResult r = Cli.runWithStdin(td, "validate", "-");
    assertThatRun(r).succeeded().stderrContains("neuron-ecs: note: stdin: no problems found");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void errorsExitThreeWithTheFindingsOnStdout() {
    CliResult r = Cli.run("validate", CORPUS.resolve("unknown-key.json").toString());
    assertThatRun(r).exitedWith(3).hasNoStackTrace();
    assertThat(r.out())
        .isEqualTo(
            CORPUS.resolve("unknown-key.json") + ": error: containerDefinitions[0].linuxParameter: 'linuxParameter' is not a key"
                + " of ContainerDefinition [unknown-key]\n  fix: did you mean 'linuxParameters'? rename it, or remove it\n");
    assertThat(r.err()).isEqualTo("neuron-ecs: note: " + CORPUS.resolve("unknown-key.json") + ": 1 error, 0 warnings, 0 notes\n");
  }

  @Test
  void warningsPassUnlessStrict() {
    String seed = EXAMPLES.resolve("seed-inf1-example.json").toString();
    CliResult lenient = Cli.run("validate", seed);
    assertThatRun(lenient).succeeded().stdoutContains(": warning: ", "[unmapped-port]", "[placeholder]");
    CliResult strict = Cli.run("validate", "--strict", seed);
    assertThatRun(strict).exitedWith(3).stderrContains("0 errors, 2 warnings, 0 notes (--strict: warnings fail)");
    assertThat(strict.out()).isEqualTo(lenient.out());
  }

  @Test
  void notesNeverFailEvenWhenStrict() {
    assertThatRun(Cli.run("validate", "--strict", CORPUS.resolve("read-only-key.json").toString()))
        .succeeded().stdoutContains(": note: revision: ");
  }

  @Test
  void jsonOutputForScripts() {
    CliResult r = Cli.run("validate", "-o", "json", CORPUS.resolve("chip-topology.json").toString());
    assertThatRun(r).exitedWith(3);
    Map<String, Object> doc = assertThatRun(r).stdoutJsonObject();
    assertThat(doc.keySet()).containsExactly("file", "form", "counts", "findings");
    assertThat(doc.get("form")).isEqualTo("register-input");
    assertThat(doc.get("counts")).isEqualTo(Map.of("errors", 1, "warnings", 0, "notes", 0));
    List<Object> findings = Tree.list(doc, "findings");
    assertThat(findings).hasSize(1);
    assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) findings.get(0)).keySet())).containsExactly("severity", "check", "path", "message", "fix");
    assertThat(Tree.string(doc, "findings.0.check")).isEqualTo("chip-topology");
    assertThat(Tree.string(doc, "findings.0.path")).isEqualTo("containerDefinitions[0].linuxParameters.devices");
    assertThat(Tree.string(doc, "findings.0.message")).startsWith("trn1.32xlarge takes 1, 4, 8 or 16 chips per task, not 3");

    CliResult clean = Cli.runWithStdin(Cli.run("gen", "--instance", "inf1.xlarge").out(), "validate", "-", "--output", "JSON");
    assertThatRun(clean).succeeded();
    assertThat(assertThatRun(clean).stdoutJsonObject().get("findings")).isEqualTo(List.of());
  }

  @Test
  void describeOutputFromStdin() {
    String describe = "{\"taskDefinition\": " + Cli.run("gen", "--instance", "inf2.xlarge").out().replaceFirst("\\{",
        "{\"revision\": 2, \"status\": \"ACTIVE\",") + ", \"tags\": []}";
    CliResult r = Cli.runWithStdin(describe, "validate", "-o", "json", "--strict", "-");
    assertThatRun(r).succeeded();
    Map<String, Object> doc = assertThatRun(r).stdoutJsonObject();
    assertThat(doc.get("form")).isEqualTo("describe-output");
    assertThat(doc.get("counts")).isEqualTo(Map.of("errors", 0, "warnings", 0, "notes", 3));
    assertThat(Tree.string(doc, "findings.1.path")).isEqualTo("taskDefinition.revision");
  }

  @Test
  void yamlByItsFileName(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("td.yaml");
    Files.writeString(yaml, Cli.run("gen", "--instance", "inf2.48xlarge", "-o", "yaml").out());
    assertThatRun(Cli.run("validate", yaml.toString())).succeeded();
    Files.writeString(yaml, "family: f\ncontainerDefinitions:\n  - name: a\n    image: b\n    memory: 100\n    essential: \"true\"\n");
    assertThatRun(Cli.run("validate", yaml.toString())).exitedWith(3).stdoutContains("containerDefinitions[0].essential");
    Files.writeString(yaml, "family: [\n");
    assertThatRun(Cli.run("validate", yaml.toString())).isBadInput().stderrContains(yaml + ":", "not YAML");
  }

  @Test
  void notJsonIsBadInputWithLineAndColumn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("td.json");
    Files.writeString(file, "{\n  \"family\": \"x\",\n}\n");
    assertThatRun(Cli.run("validate", file.toString())).isBadInput().stderrContains("neuron-ecs: error: " + file + ":3:1: not JSON");
    assertThatRun(Cli.runWithStdin("{\"a\": 1} {", "validate", "-")).isBadInput().stderrContains("stdin:1:10: not JSON");
    assertThatRun(Cli.runWithStdin("", "validate", "-")).isBadInput().stderrContains("stdin is empty");
    assertThatRun(Cli.runWithStdin("{\"a\": 1, \"a\": 2}", "validate", "-")).isBadInput().stderrContains("Duplicate field 'a'");
    assertThatRun(Cli.runWithStdin(new byte[] {'{', (byte) 0xff, '}'}, "validate", "-")).isBadInput().stderrContains("not UTF-8");
  }

  @Test
  void aByteOrderMarkIsFine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("td.json");
    Files.writeString(file, "\uFEFF" + Cli.run("gen", "--instance", "inf2.xlarge").out(), StandardCharsets.UTF_8);
    assertThatRun(Cli.run("validate", file.toString())).succeeded();
  }

  @Test
  void jsonThatIsNotAnObjectIsAFinding() {
    CliResult r = Cli.runWithStdin("[{\"family\": \"x\"}]", "validate", "-");
    assertThatRun(r).exitedWith(3).stdoutContains("stdin: error: the document is a list, not a task definition");
  }

  @Test
  void unreadableInputIsBadInput(@TempDir Path dir) {
    assertThatRun(Cli.run("validate", dir.resolve("missing.json").toString())).isBadInput().stderrContains("no such file");
    assertThatRun(Cli.run("validate", dir.toString())).isBadInput().stderrContains("is a directory");
    assertThatRun(Cli.run("validate")).isBadInput().stderrContains("Missing required parameter: 'FILE'");
    assertThatRun(Cli.run("validate", "-o", "xml", "-")).isBadInput().stderrContains("unknown output format 'xml'; use text or json");
  }

  @Test
  void anInputFarTooLargeIsBadInput() {
    byte[] big = new byte[ValidateCommand.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThatRun(Cli.runWithStdin(big, "validate", "-")).isBadInput().stderrContains("larger than 10 MiB");
  }

  @Test
  void sameInputSameBytes() {
    String file = EXAMPLES.resolve("neuron-npd-example.json").toString();
    assertThat(Cli.run("validate", file).out()).isEqualTo(Cli.run("validate", file).out()).isNotEmpty();
    assertThat(Cli.run("validate", "-o", "json", file).out()).isEqualTo(Cli.run("validate", "-o", "json", file).out());
  }
}
