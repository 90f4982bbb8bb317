package dev.neuronecs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.TaskRequest;
import dev.neuronecs.testing.ExternalTool;
import dev.neuronecs.validate.Schema.Kind;
import dev.neuronecs.validate.Schema.Shape;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The RegisterTaskDefinition shape the structure checks use, against what is real. */
class SchemaTest {
  static final Schema SCHEMA = Schema.builtIn();
  static final Path RESOURCE = Path.of("src", "main", "resources", "dev", "neuronecs", "validate", "register-task-definition.json");

  @Test
  void holdsTheRequestShapeWithTheNewerNeuronValues() {
    Shape root = SCHEMA.root();
    assertThat(root.name()).isEqualTo("RegisterTaskDefinitionRequest");
    assertThat(root.required()).containsExactly("family", "containerDefinitions");
    assertThat(root.members()).containsKeys("family", "containerDefinitions", "placementConstraints", "requiresCompatibilities",
        "cpu", "memory", "runtimePlatform", "tags");
    assertThat(SCHEMA.shape(root.members().get("cpu")).kind()).isEqualTo(Kind.STRING);
    assertThat(SCHEMA.shape("DeviceCgroupPermission").enumValues()).containsExactly("read", "write", "mknod");
    assertThat(SCHEMA.shape("ResourceType").enumValues()).contains("GPU", "NeuronDevice");
    assertThat(SCHEMA.shape("Compatibility").enumValues()).contains("EC2", "FARGATE", "MANAGED_INSTANCES");
    assertThat(SCHEMA.shape("TaskDefinitionPlacementConstraintType").enumValues()).containsExactly("memberOf");
    assertThat(SCHEMA.shape("Device").required()).containsExactly("hostPath");
    assertThat(SCHEMA.shape("ContainerDefinition").required()).contains("name", "image");
    assertThat(SCHEMA.readOnlyKeys()).contains("taskDefinitionArn", "revision", "status", "compatibilities", "registeredAt");
    assertThat(SCHEMA.readOnlyKeys()).doesNotContainAnyElementsOf(root.members().keySet());
    assertThat(SCHEMA.describeOutputKeys()).containsExactly("taskDefinition", "tags");
    assertThat(SCHEMA.source()).contains("botocore").contains("Apache-2.0");
    assertThat(SCHEMA.overlay()).anyMatch(line -> line.contains("NeuronDevice"));
    for (Shape s : SCHEMA.shapes().values()) {
      s.members().values().forEach(m -> assertThat(SCHEMA.shapes()).as("member shape of %s", s.name()).containsKey(m));
    }
  }

  @Test
  void everyKeyGenEmitsIsAcceptedByTheShape() {
    for (InstanceType t : Catalog.builtIn().all()) {
      Map<String, Object> td = ValidatorTest.gen(TaskRequest.builder(t.name()).chips(1).port(PortMapping.parse("8080"))
          .env(KeyValue.parse("A=1", "--env")).logGroup("/ecs/x").region("us-east-1").executionRoleArn("arn:aws:iam::1:role/r")
          .taskRoleArn("arn:aws:iam::1:role/t").command(List.of("serve")).entryPoint(List.of("python3")));
      assertAccepted(td, SCHEMA.root(), t.name());
    }
  }

  /** An independent walk: every key of every object is a member of its shape, every value of its kind. */
  private static void assertAccepted(Object value, Shape shape, String path) {
    switch (shape.kind()) {
      case STRUCTURE -> {
        assertThat(value).as(path).isInstanceOf(Map.class);
        ((Map<?, ?>) value).forEach((k, v) -> {
          assertThat(shape.members()).as("keys of %s (%s)", path, shape.name()).containsKey((String) k);
          assertAccepted(v, SCHEMA.shape(shape.members().get(k)), path + "." + k);
        });
      }
      case LIST -> {
        assertThat(value).as(path).isInstanceOf(List.class);
        ((List<?>) value).forEach(item -> assertAccepted(item, SCHEMA.shape(shape.member()), path + "[]"));
      }
      case MAP -> ((Map<?, ?>) value).values().forEach(v -> assertAccepted(v, SCHEMA.shape(shape.value()), path + "{}"));
      case STRING -> {
        assertThat(value).as(path).isInstanceOf(String.class);
        if (!shape.enumValues().isEmpty()) {
          assertThat(shape.enumValues()).as(path).contains((String) value);
        }
      }
      case INTEGER -> assertThat(value).as(path).isInstanceOf(Integer.class);
      case BOOLEAN -> assertThat(value).as(path).isInstanceOf(Boolean.class);
    }
  }

  @Test
  void aMisspeltKeyIsRejectedWithTheRightOne() {
    Map<String, Object> td = ValidatorTest.gen(TaskRequest.builder("inf2.xlarge"));
    @SuppressWarnings("unchecked")
    Map<String, Object> c = (Map<String, Object>) ((List<Object>) td.get("containerDefinitions")).get(0);
    c.put("linuxParameter", c.remove("linuxParameters"));
    List<Finding> findings = Validator.builtIn().validate(td).findings();
    assertThat(findings).extracting(Finding::check, Finding::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("unknown-key", "containerDefinitions[0].linuxParameter"));
    assertThat(findings.get(0).fix()).contains("did you mean 'linuxParameters'");
  }

  @Test
  void theResourceIsWhatTheGeneratorMakesFromTheInstalledBotocoreModel() throws Exception {
    String python = ExternalTool.require("python3");
    String committed = Files.readString(RESOURCE);
    String recorded = (String) ((Map<?, ?>) JsonReader.read(committed, RESOURCE.toString())).get("source");
    String installed = run(python, "-c", "import botocore; print('botocore ' + botocore.__version__)");
    Assumptions.assumeTrue(installed != null, "skipped: python3 cannot import botocore (pip install awscli)");
    Assumptions.assumeTrue(recorded.startsWith(installed.trim() + " "),
        "skipped: the installed " + installed.trim() + " is not the one the schema was generated from (" + recorded
            + "); run scripts/ecs-schema.py to refresh it");
    assertThat(run(python, "scripts/ecs-schema.py")).isEqualTo(committed);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    File out = File.createTempFile("schema-", ".out");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in 60 s");
      }
      if (p.exitValue() != 0) {
        return null;
      }
      try (InputStream in = Files.newInputStream(out.toPath())) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      out.delete();
    }
  }
}
