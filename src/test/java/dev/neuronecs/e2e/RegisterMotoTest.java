package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.MotoCli;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** register against moto_server, checked with the real AWS CLI: only what changed becomes a revision. */
@ExtendWith(MotoServer.class)
class RegisterMotoTest {
  @TempDir Path dir;

  private static Map<String, Object> result(CliResult r) {
    assertThatRun(r).succeeded();
    assertThat(r.out().lines()).as("one JSON object on one line:%n%s", r).hasSize(1);
    return assertThatRun(r).stdoutJsonObject();
  }

  private static List<Object> revisions(AwsCli aws, String family) {
    CliResult listed = aws.run("ecs", "list-task-definitions", "--family-prefix", family);
    assertThatRun(listed).succeeded();
    return Tree.list(JsonReader.read(listed.out(), "list"), "taskDefinitionArns").stream()
        .filter(arn -> ((String) arn).contains("/" + family + ":"))
        .toList();
  }

  @Test
  void registerAgainChangeForceAndDryRun(MotoServer moto) {
    AwsCli aws = AwsCli.against(moto, "us-east-1");
    String[] base = {"register", "--instance", "inf2.xlarge", "--family", "reg-cycle", "--image", "repo/app:1"};

    Map<String, Object> first = result(MotoCli.run(moto, base));
    assertThat(first).containsEntry("action", "registered").containsEntry("revision", 1).containsEntry("reason", "new")
        .containsEntry("family", "reg-cycle");

    CliResult again = MotoCli.run(moto, base);
    assertThat(result(again)).containsEntry("action", "unchanged").containsEntry("revision", 1)
        .containsEntry("taskDefinitionArn", first.get("taskDefinitionArn"));
    assertThat(again.err()).contains("reg-cycle:1 already has this definition; nothing registered");
    assertThat(revisions(aws, "reg-cycle")).as("no new revision for an unchanged definition").hasSize(1);

    String[] changed = {"register", "--instance", "inf2.xlarge", "--family", "reg-cycle", "--image", "repo/app:1", "--env", "MODEL=llama"};
    CliResult second = MotoCli.run(moto, changed);
    assertThat(result(second)).containsEntry("action", "registered").containsEntry("revision", 2).containsEntry("reason", "changed");
    assertThat(second.err()).contains("+ containerDefinitions[name=neuron-inf2].environment: [{\"name\": \"MODEL\", \"value\": \"llama\"}]");
    assertThat(result(MotoCli.run(moto, changed))).containsEntry("action", "unchanged").containsEntry("revision", 2);

    String[] forced = {"register", "--instance", "inf2.xlarge", "--family", "reg-cycle", "--image", "repo/app:1", "--env", "MODEL=llama", "--force"};
    assertThat(result(MotoCli.run(moto, forced))).containsEntry("action", "registered").containsEntry("revision", 3)
        .containsEntry("reason", "forced");

    String[] dryRun = {"register", "--instance", "inf2.xlarge", "--family", "reg-cycle", "--image", "repo/app:2", "--dry-run"};
    CliResult would = MotoCli.run(moto, dryRun);
    assertThat(result(would)).containsEntry("action", "would-register").containsEntry("latestRevision", 3).containsEntry("reason", "changed");
    assertThat(would.err()).contains("~ containerDefinitions[name=neuron-inf2].image: \"repo/app:1\" -> \"repo/app:2\"");
    assertThat(revisions(aws, "reg-cycle")).as("--dry-run registers nothing").hasSize(3);

    CliResult described = aws.run("ecs", "describe-task-definition", "--task-definition", "reg-cycle");
    assertThatRun(described).succeeded();
    Object td = Tree.at(JsonReader.read(described.out(), "describe"), "taskDefinition");
    assertThat(Tree.at(td, "revision")).isEqualTo(3);
    assertThat(Tree.list(td, "containerDefinitions.0.environment")).containsExactly(Map.of("name", "MODEL", "value", "llama"));
    assertThat(Tree.string(td, "containerDefinitions.0.linuxParameters.devices.0.hostPath")).isEqualTo("/dev/neuron0");
    assertThat(Tree.string(td, "placementConstraints.0.expression")).isEqualTo("attribute:ecs.instance-type == inf2.xlarge");
  }

  static Stream<InstanceType> types() {
    return Catalog.builtIn().all().stream();
  }

  /** The core of idempotency: what moto describes for our document normalizes to our document. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everyGeneratedDefinitionIsUnchangedOnceRegistered(InstanceType type, MotoServer moto) {
    String family = "idem-" + type.name().replace('.', '-');
    String[] args = {"register", "--instance", type.name(), "--family", family, "--port", "8080", "--env", "MODE=e2e", "--log-group", "/ecs/x"};
    assertThat(result(MotoCli.run(moto, args))).containsEntry("action", "registered");
    assertThat(result(MotoCli.run(moto, args))).containsEntry("action", "unchanged");
    String[] diff = {"diff", "--instance", type.name(), "--family", family, "--port", "8080", "--env", "MODE=e2e", "--log-group", "/ecs/x"};
    CliResult d = MotoCli.run(moto, diff);
    assertThatRun(d).succeeded();
    assertThat(d.out()).isEmpty();
  }

  @Test
  void describeOutputAsInputIsUnchangedAndItsReadOnlyKeysAreDroppedWithANote(MotoServer moto) throws IOException {
    Path rich = Files.writeString(dir.resolve("rich.json"), RichDefinition.JSON);
    assertThat(result(MotoCli.run(moto, "register", "--file", rich.toString()))).containsEntry("action", "registered");
    AwsCli aws = AwsCli.against(moto, "us-east-1");
    CliResult described = aws.run("ecs", "describe-task-definition", "--task-definition", "reg-rich", "--include", "TAGS");
    assertThatRun(described).succeeded();
    Path file = Files.writeString(dir.resolve("described.json"), described.out());

    CliResult r = MotoCli.run(moto, "register", "--file", file.toString());
    assertThat(result(r)).containsEntry("action", "unchanged").containsEntry("revision", 1);
    assertThat(r.err()).contains("dropped the keys only ECS writes (taskDefinitionArn, revision, status, compatibilities)");
    assertThat(revisions(aws, "reg-rich")).hasSize(1);
  }

  @Test
  void aDeregisteredLatestRevisionIsNotTheOneComparedWith(MotoServer moto) {
    AwsCli aws = AwsCli.against(moto, "us-east-1");
    String[] v1 = {"register", "--instance", "inf2.8xlarge", "--family", "reg-inactive", "--image", "repo/app:1"};
    String[] v2 = {"register", "--instance", "inf2.8xlarge", "--family", "reg-inactive", "--image", "repo/app:2"};
    assertThat(result(MotoCli.run(moto, v1))).containsEntry("revision", 1);
    assertThat(result(MotoCli.run(moto, v2))).containsEntry("revision", 2);
    assertThatRun(aws.run("ecs", "deregister-task-definition", "--task-definition", "reg-inactive:2")).succeeded();
    // Revision 2 is INACTIVE now: version 1 equals the latest ACTIVE revision, version 2 does not.
    assertThat(result(MotoCli.run(moto, v1))).containsEntry("action", "unchanged").containsEntry("revision", 1);
    assertThat(result(MotoCli.run(moto, v2))).containsEntry("action", "registered").containsEntry("revision", 3);
  }

  @Test
  void stdinAndYamlWork(MotoServer moto) throws IOException {
    CliResult gen = Cli.run("gen", "--instance", "trn1.2xlarge", "--family", "reg-stdin", "--image", "repo/t:1");
    assertThatRun(gen).succeeded();
    CliResult first = MotoCli.run(moto, AwsEnv.withRegion("us-east-1"), gen.out(), "register", "--file", "-");
    assertThat(result(first)).containsEntry("action", "registered");

    CliResult yaml = Cli.run("gen", "--instance", "trn1.2xlarge", "--family", "reg-stdin", "--image", "repo/t:1", "-o", "yaml");
    Path file = Files.writeString(dir.resolve("td.yaml"), yaml.out());
    assertThat(result(MotoCli.run(moto, "register", "--file", file.toString()))).containsEntry("action", "unchanged");
  }

  @Test
  void theRegionOfTheGenOptionsIsTheAwsRegion(MotoServer moto) {
    Map<String, String> env = AwsEnv.withRegion("eu-west-1");
    CliResult r = MotoCli.run(moto, env, "", "register", "--instance", "inf1.xlarge", "--family", "reg-region", "--log-group", "/ecs/inf1");
    assertThat(result(r)).containsEntry("action", "registered");
    assertThat((String) result(r).get("taskDefinitionArn")).startsWith("arn:aws:ecs:eu-west-1:");
    CliResult described = AwsCli.against(moto, "eu-west-1").run("ecs", "describe-task-definition", "--task-definition", "reg-region");
    assertThat(described.out()).contains("763104351884.dkr.ecr.eu-west-1.amazonaws.com/", "\"awslogs-region\": \"eu-west-1\"");
  }

  @Test
  void validationErrorsStopTheRegistrationUnlessNoValidate(MotoServer moto) throws IOException {
    AwsCli aws = AwsCli.against(moto, "us-east-1");
    CliResult gen = Cli.run("gen", "--instance", "inf2.xlarge", "--family", "reg-invalid", "--image", "repo/app:1");
    // a second chip on an instance that has one: ECS accepts it, the host has no /dev/neuron1
    String broken = gen.out().replace(
        "\"hostPath\": \"/dev/neuron0\",\n            \"containerPath\": \"/dev/neuron0\",",
        "\"hostPath\": \"/dev/neuron1\",\n            \"containerPath\": \"/dev/neuron1\",");
    assertThat(broken).contains("/dev/neuron1");
    Path file = Files.writeString(dir.resolve("broken.json"), broken);

    CliResult refused = MotoCli.run(moto, "register", "--file", file.toString());
    assertThatRun(refused).exitedWith(3).hasNoStackTrace();
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).contains("error: containerDefinitions[0].linuxParameters.devices[0]", "[chip-past-last]",
        "validate found 1 error(s) in reg-invalid (listed above); nothing was registered");
    assertThat(revisions(aws, "reg-invalid")).isEmpty();

    CliResult forced = MotoCli.run(moto, "register", "--file", file.toString(), "--no-validate");
    assertThat(result(forced)).containsEntry("action", "registered");
    assertThat(forced.err()).contains("[chip-past-last]");
    assertThat(revisions(aws, "reg-invalid")).hasSize(1);
  }
}
