package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.Json;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.validate.Finding;
import dev.neuronecs.validate.Report;
import dev.neuronecs.validate.Schema;
import dev.neuronecs.validate.Severity;
import dev.neuronecs.validate.TaskDocument;
import dev.neuronecs.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * validate's structure checks against reality: every broken and example document is given to the
 * real AWS CLI (whose parameter validation uses the same ECS model) registering against moto_server.
 * What validate calls a structural error the CLI refuses, and what it passes the CLI accepts.
 */
@ExtendWith(MotoServer.class)
class ValidateAwsCliTest {
  static final Path RESOURCES = Path.of("src", "test", "resources", "validate");

  /** Documents the AWS CLI refuses before sending, and what its message names. */
  static final Map<String, String> REFUSED_BY_THE_CLI =
      Map.of(
          "unknown-key.json", "Unknown parameter in containerDefinitions[0]: \"linuxParameter\"",
          "unknown-key--case.json", "Unknown parameter in containerDefinitions[0]: \"Essential\"",
          "wrong-type.json", "Invalid type for parameter containerDefinitions[0].essential",
          "wrong-type--null.json", "Invalid type for parameter taskRoleArn",
          "wrong-type--task-cpu-number.json", "Invalid type for parameter cpu,",
          "missing-key.json", "Missing required parameter in containerDefinitions[0].linuxParameters.devices[0]: \"hostPath\"",
          "read-only-key.json", "Unknown parameter in input: \"revision\"",
          "describe-output.json", "Unknown parameter in input: \"taskDefinition\"");

  /** Documents the service refuses (moto implements these ECS checks with ECS's messages). */
  static final Map<String, String> REFUSED_BY_THE_SERVICE =
      Map.of(
          "missing-key--image.json", "Container.image should not be null or empty",
          "no-memory.json", "At least one of 'memory' or 'memoryReservation' must be specified");

  /**
   * A moto quirk: with EC2 in requiresCompatibilities it wants a container `memory` and refuses
   * memoryReservation alone, which ECS documents as enough ("one or both of memory or
   * memoryReservation") and AWS's own Neuron example (§3.2) uses.
   */
  static final Map<String, String> REFUSED_BY_MOTO_ONLY =
      Map.of("seed-inf1-example.json", "At least one of 'memory' or 'memoryReservation' must be specified");

  /** Read-only keys: a note for validate, refused by the CLI, and fine once register drops them. */
  static final Set<String> DROPPED_ON_REGISTER = Set.of("read-only-key.json", "describe-output.json");

  static Stream<Path> documents() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("corpus", "examples")) {
      try (Stream<Path> files = Files.list(RESOURCES.resolve(dir))) {
        files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theAwsCliAgreesWithTheStructureChecks(Path file, MotoServer moto) throws IOException {
    String name = file.getFileName().toString();
    String text = Files.readString(file);
    Report report = Validator.builtIn().validate(JsonReader.read(text, name));
    AwsCli aws = AwsCli.against(moto, "us-east-1");
    CliResult registered = aws.run("ecs", "register-task-definition", "--cli-input-json", text);

    if (REFUSED_BY_THE_CLI.containsKey(name)) {
      assertThatRun(registered).exitedWith(255).stderrContains("Parameter validation failed", REFUSED_BY_THE_CLI.get(name));
      Severity expected = DROPPED_ON_REGISTER.contains(name) ? Severity.NOTE : Severity.ERROR;
      assertThat(report.findings()).extracting(Finding::severity).containsOnly(expected);
    } else {
      assertThat(registered.err()).as("%s passes validate's structure checks, so the AWS CLI's too", name)
          .doesNotContain("Parameter validation failed");
      String refusal = REFUSED_BY_THE_SERVICE.getOrDefault(name, REFUSED_BY_MOTO_ONLY.get(name));
      if (refusal != null) {
        assertThatRun(registered).exitedWith(255).stderrContains("ClientException", refusal);
      } else {
        assertThatRun(registered).succeeded();
      }
      if (REFUSED_BY_THE_SERVICE.containsKey(name)) {
        assertThat(report.hasErrors()).as("validate reports what the service refuses").isTrue();
      }
    }
    if (DROPPED_ON_REGISTER.contains(name)) {
      String input = Json.write(TaskDocument.of(JsonReader.read(text, name)).registerInput(Schema.builtIn()));
      assertThatRun(aws.run("ecs", "register-task-definition", "--cli-input-json", input)).succeeded();
    }
  }

  @Test
  void everyStructuralErrorTheCliChecksIsInTheTable() throws IOException {
    for (Path file : documents().toList()) {
      Report report = Validator.builtIn().validate(JsonReader.read(Files.readString(file), file.toString()));
      boolean cliChecks = report.findings().stream().anyMatch(f -> Set.of("unknown-key", "wrong-type", "read-only-key").contains(f.check()));
      if (cliChecks) {
        assertThat(REFUSED_BY_THE_CLI).as("the AWS CLI refuses %s; list what it says", file).containsKey(file.getFileName().toString());
      }
    }
  }

  /** One type per chip family and topology (GenAwsCliTest registers every type). */
  static Stream<InstanceType> types() {
    return Stream.of("inf1.24xlarge", "inf2.xlarge", "trn1.32xlarge", "trn2.48xlarge").map(Catalog.builtIn()::require);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void whatValidateCallsCleanIsRegisteredAndItsDescriptionStaysClean(InstanceType type, MotoServer moto) {
    AwsCli aws = AwsCli.against(moto, "us-east-1");
    String family = "validated-" + type.name().replace('.', '-');
    List<String[]> variants = new ArrayList<>();
    variants.add(new String[] {"gen", "--instance", type.name(), "--family", family});
    variants.add(new String[] {"gen", "--instance", type.name(), "--family", family, "--chips", "1", "--first-chip",
        Integer.toString(type.chips() - 1), "--port", "8080", "--network-mode", "awsvpc", "--log-group", "/ecs/v", "--region",
        "us-east-1", "--command", "--port 8080"});
    for (String[] args : variants) {
      CliResult gen = Cli.run(args);
      assertThatRun(gen).succeeded();
      CliResult validated = Cli.runWithStdin(gen.out(), "validate", "--strict", "-");
      assertThatRun(validated).succeeded();
      assertThat(validated.out()).isEmpty();
      assertThatRun(aws.run("ecs", "register-task-definition", "--cli-input-json", gen.out())).succeeded();
    }

    CliResult described = aws.run("ecs", "describe-task-definition", "--task-definition", family, "--include", "TAGS");
    assertThatRun(described).succeeded();
    CliResult check = Cli.runWithStdin(described.out(), "validate", "--strict", "-o", "json", "-");
    assertThatRun(check).succeeded();
    Map<String, Object> result = assertThatRun(check).stdoutJsonObject();
    assertThat(result.get("form")).isEqualTo("describe-output");
    assertThat(((Map<?, ?>) result.get("counts")).get("errors")).isEqualTo(0);
    assertThat(((Map<?, ?>) result.get("counts")).get("warnings")).isEqualTo(0);

    String input = Json.write(TaskDocument.of(JsonReader.read(described.out(), "describe")).registerInput(Schema.builtIn()));
    assertThatRun(aws.run("ecs", "register-task-definition", "--cli-input-json", input)).succeeded();
  }
}
