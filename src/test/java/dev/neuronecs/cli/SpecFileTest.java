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

class SpecFileTest {
  @TempDir Path dir;

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("spec.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void specWithoutVariables() throws Exception {
    Path spec = write("instance: inf2.24xlarge\nimage: me/serve:1\nchips: 2\nports: [8080]\nenv: {MODE: prod}\n");
    CliResult r = Cli.run("gen", "--spec", spec.toString());
    assertThatRun(r).succeeded();
    Map<String, Object> td = assertThatRun(r).stdoutJsonObject();
    assertThat(Tree.string(td, "family")).isEqualTo("neuron-inf2-24xlarge-chips0-1");
    assertThat(Tree.string(td, "containerDefinitions.0.image")).isEqualTo("me/serve:1");
    assertThat(Tree.list(td, "containerDefinitions.0.linuxParameters.devices")).hasSize(2);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void variablesComeFromTheEnvironment() throws Exception {
    Path spec = write("instance: ${TYPE}\nimage: ${REGISTRY}/serve:${TAG:-1.0}\nregion: ${REGION}\nlog-group: /ecs/serve\n");
    CliResult r = Cli.run(Map.of("TYPE", "inf1.xlarge", "REGISTRY", "reg.example", "REGION", "eu-west-1"), "gen", "--spec", spec.toString());
    assertThatRun(r).succeeded();
    Map<String, Object> td = assertThatRun(r).stdoutJsonObject();
    assertThat(Tree.string(td, "containerDefinitions.0.image")).isEqualTo("reg.example/serve:1.0");
    assertThat(Tree.string(td, "containerDefinitions.0.logConfiguration.options.awslogs-region")).isEqualTo("eu-west-1");
  }

  @Test
  void aMissingVariableExitsTwo() throws Exception {
    Path spec = write("instance: inf2.xlarge\nimage: ${REGISTRY}/serve:1\n");
    assertThatRun(Cli.run("gen", "--spec", spec.toString()))
        .isBadInput()
        .stderrContains("spec.yaml: image: ${REGISTRY} is not set in the environment");
  }

  @Test
  void flagsWinOverTheFile() throws Exception {
    Path spec = write("instance: inf2.24xlarge\nimage: me/serve:1\nchips: 2\nports: [8080]\nenv: {MODE: prod, KEEP: yes}\nregion: eu-west-1\n");
    CliResult r = Cli.run(Map.of("AWS_REGION", "us-west-2"), "gen", "--spec", spec.toString(),
        "--image", "me/serve:2", "--chips", "1", "--first-chip", "3", "--port", "9090", "--env", "MODE=dev",
        "--region", "ap-south-1", "--log-group", "/x");
    assertThatRun(r).succeeded();
    Map<String, Object> td = assertThatRun(r).stdoutJsonObject();
    assertThat(Tree.string(td, "containerDefinitions.0.image")).isEqualTo("me/serve:2");
    assertThat(Tree.list(td, "containerDefinitions.0.linuxParameters.devices")).singleElement()
        .satisfies(d -> assertThat(((Map<?, ?>) d).get("hostPath")).isEqualTo("/dev/neuron3"));
    assertThat(Tree.list(td, "containerDefinitions.0.portMappings")).singleElement()
        .satisfies(p -> assertThat(((Map<?, ?>) p).get("containerPort")).isEqualTo(9090));
    assertThat(r.out()).contains("\"name\": \"MODE\",\n          \"value\": \"dev\"").contains("\"KEEP\"");
    assertThat(Tree.string(td, "containerDefinitions.0.logConfiguration.options.awslogs-region")).isEqualTo("ap-south-1");
  }

  @Test
  void theFilesRegionBeatsTheEnvironment() throws Exception {
    Path spec = write("instance: inf1.xlarge\nregion: eu-west-1\n");
    CliResult r = Cli.run(Map.of("AWS_REGION", "us-west-2"), "gen", "--spec", spec.toString());
    assertThatRun(r).succeeded().stdoutContains("763104351884.dkr.ecr.eu-west-1.amazonaws.com/");
  }

  @Test
  void unknownKeysAndUnreadableFilesAreBadInput() throws Exception {
    Path spec = write("instance: inf2.xlarge\nimages: me/x\n");
    assertThatRun(Cli.run("gen", "--spec", spec.toString())).isBadInput().stderrContains("unknown key 'images' (did you mean image?)");
    assertThatRun(Cli.run("gen", "--spec", dir.resolve("missing.yaml").toString())).isBadInput().stderrContains("cannot read --spec");
    Path broken = write("instance: [inf2\n");
    assertThatRun(Cli.run("gen", "--spec", broken.toString())).isBadInput().stderrContains("spec.yaml:", "not YAML");
  }

  @Test
  void presetsFromTheCommandLine() {
    CliResult r = Cli.run("gen", "--instance", "trn1.32xlarge", "--preset", "training", "--efa", "4", "--command", "torchrun train.py");
    assertThatRun(r).succeeded();
    Map<String, Object> td = assertThatRun(r).stdoutJsonObject();
    assertThat(Tree.list(td, "containerDefinitions.0.linuxParameters.devices")).hasSize(20);
    assertThat(Tree.list(td, "containerDefinitions.0.command")).containsExactly("torchrun", "train.py");
    assertThatRun(Cli.run("gen", "--instance", "inf2.xlarge", "--efa")).isBadInput().stderrContains("inf2.xlarge has no EFA");
    assertThatRun(Cli.run("gen", "--instance", "inf1.xlarge", "--mode", "managed")).isBadInput().stderrContains("does not offer Inf1");
  }
}
