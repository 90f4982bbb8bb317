package dev.neuronecs.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.Resources;
import dev.neuronecs.taskdef.TaskDefinitionBuilder;
import dev.neuronecs.taskdef.TaskDefinitionTree;
import dev.neuronecs.taskdef.TaskRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidatorTest {
  static final Path EXAMPLES = Path.of("src", "test", "resources", "validate", "examples");
  static final Validator VALIDATOR = Validator.builtIn();

  static Map<String, Object> gen(TaskRequest.Builder request) {
    return TaskDefinitionTree.of(new TaskDefinitionBuilder(Catalog.builtIn()).build(request.build()).taskDefinition());
  }

  static Object read(String name) throws IOException {
    return JsonReader.read(Files.readString(EXAMPLES.resolve(name)), name);
  }

  static List<Object> summary(Report report) {
    List<Object> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      out.add(tuple(f.check(), f.severity(), f.path()));
    }
    return out;
  }

  /** Every chip range gen accepts on every type: one task definition each. */
  static Stream<Arguments> everyChipRange() {
    List<Arguments> out = new ArrayList<>();
    for (InstanceType t : Catalog.builtIn().all()) {
      for (int count : t.topology().validCounts(t.chips())) {
        for (int first : t.topology().validStarts(count, t.chips())) {
          out.add(Arguments.of(t.name(), count, first));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} chips {1} from {2}")
  @MethodSource("everyChipRange")
  void genOutputIsCleanForEveryTypeAndChipRange(String type, int chips, int first) {
    Report report = VALIDATOR.validate(gen(TaskRequest.builder(type).chips(chips).firstChip(first)));
    assertThat(report.findings()).isEmpty();
  }

  static Stream<Arguments> genOptions() {
    return Stream.of(
        Arguments.of("ports in bridge mode", (UnaryOperator<TaskRequest.Builder>) b -> b.port(PortMapping.parse("8080")).port(PortMapping.parse("8501:8501"))),
        Arguments.of("awsvpc", (UnaryOperator<TaskRequest.Builder>) b -> b.networkMode("awsvpc").port(PortMapping.parse("8080"))),
        Arguments.of("host", (UnaryOperator<TaskRequest.Builder>) b -> b.networkMode("host").port(PortMapping.parse("5000/udp"))),
        Arguments.of("log group", (UnaryOperator<TaskRequest.Builder>) b -> b.logGroup("/ecs/serve").region("eu-west-1")),
        Arguments.of("env, roles, names", (UnaryOperator<TaskRequest.Builder>) b -> b.env(KeyValue.parse("MODEL=llama", "--env"))
            .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole").taskRoleArn("arn:aws:iam::123456789012:role/task")
            .family("serve_v2").containerName("model-server")),
        Arguments.of("command with the mapped port", (UnaryOperator<TaskRequest.Builder>) b -> b.port(PortMapping.parse("8080"))
            .command(List.of("--model", "/models/m", "--port", "8080")).entryPoint(List.of("python3", "-m", "serve"))),
        Arguments.of("cores of a subset given by hand", (UnaryOperator<TaskRequest.Builder>) b -> b.chips(1).firstChip(0)
            .env(KeyValue.parse("NEURON_RT_VISIBLE_CORES=0", "--env"))));
  }

  @ParameterizedTest(name = "{0} on every type")
  @MethodSource("genOptions")
  void genOutputWithOptionsIsClean(String name, UnaryOperator<TaskRequest.Builder> options) {
    for (InstanceType t : Catalog.builtIn().all()) {
      Report report = VALIDATOR.validate(gen(options.apply(TaskRequest.builder(t.name()))));
      assertThat(report.findings()).as("%s on %s", name, t.name()).isEmpty();
    }
  }

  @Test
  void theMostCpuAndMemoryGenAllowsIsCleanAndOneMoreIsNot() {
    for (InstanceType t : Catalog.builtIn().all()) {
      Map<String, Object> td =
          gen(TaskRequest.builder(t.name()).cpu(Resources.maxCpu(t)).memory(Resources.maxMemory(t)));
      assertThat(VALIDATOR.validate(td).findings()).as(t.name()).isEmpty();
      td.put("memory", Integer.toString(Resources.maxMemory(t) + 1));
      assertThat(summary(VALIDATOR.validate(td))).as(t.name()).containsExactly(tuple("memory-beyond-instance", Severity.ERROR, "memory"));
    }
  }

  @Test
  void theSeedExampleIsFineStructurallyButHasAPlaceholderAndAnUnreachablePort() throws IOException {
    Report report = VALIDATOR.validate(read("seed-inf1-example.json"));
    assertThat(report.hasErrors()).isFalse();
    assertThat(summary(report))
        .containsExactly(
            tuple("placeholder", Severity.WARNING, "executionRoleArn"),
            tuple("unmapped-port", Severity.WARNING, "containerDefinitions[0].entryPoint[2]"));
    assertThat(report.findings().get(1).message()).contains("port 9000 (--rest_api_port=9000)");
    assertThat(report.fails(false)).isFalse();
    assertThat(report.fails(true)).isTrue();
  }

  @Test
  void theNodeProblemDetectorExampleGetsItsPrivilegedWarning() throws IOException {
    Report report = VALIDATOR.validate(read("neuron-npd-example.json"));
    assertThat(report.hasErrors()).isFalse();
    assertThat(summary(report))
        .containsExactly(
            tuple("privileged", Severity.WARNING, "containerDefinitions[0].privileged"),
            tuple("placeholder", Severity.WARNING, "containerDefinitions[0].logConfiguration.options.awslogs-region"),
            tuple("placeholder", Severity.WARNING, "containerDefinitions[1].logConfiguration.options.awslogs-region"),
            tuple("placeholder", Severity.WARNING, "executionRoleArn"),
            tuple("placeholder", Severity.WARNING, "taskRoleArn"));
  }

  @Test
  void theManagedInstancesExampleOnlyHasItsPlaceholder() throws IOException {
    Report report = VALIDATOR.validate(read("managed-neuron-example.json"));
    assertThat(summary(report)).containsExactly(tuple("placeholder", Severity.WARNING, "executionRoleArn"));
  }

  @Test
  void describeOutputIsCheckedUnderTaskDefinitionWithNotesForReadOnlyKeys() {
    Map<String, Object> td = new LinkedHashMap<>();
    td.put("taskDefinitionArn", "arn:aws:ecs:us-east-1:123456789012:task-definition/neuron-inf2-xlarge:4");
    td.putAll(gen(TaskRequest.builder("inf2.xlarge")));
    td.put("revision", 4);
    td.put("status", "ACTIVE");
    td.put("compatibilities", List.of("EC2"));
    td.put("registeredAt", "2026-01-01T00:00:00+00:00");
    Map<String, Object> describe = new LinkedHashMap<>();
    describe.put("taskDefinition", td);
    describe.put("tags", List.of(Map.of("key", "team", "value", "ml")));

    Report report = VALIDATOR.validate(describe);
    assertThat(report.form()).isEqualTo(TaskDocument.Form.DESCRIBE_OUTPUT);
    assertThat(summary(report))
        .containsExactly(
            tuple("describe-output", Severity.NOTE, ""),
            tuple("read-only-key", Severity.NOTE, "taskDefinition.taskDefinitionArn"),
            tuple("read-only-key", Severity.NOTE, "taskDefinition.revision"),
            tuple("read-only-key", Severity.NOTE, "taskDefinition.status"),
            tuple("read-only-key", Severity.NOTE, "taskDefinition.compatibilities"),
            tuple("read-only-key", Severity.NOTE, "taskDefinition.registeredAt"));
    assertThat(report.fails(true)).as("notes never fail").isFalse();

    Map<String, Object> input = TaskDocument.of(describe).registerInput(Schema.builtIn());
    assertThat(input).doesNotContainKeys("taskDefinitionArn", "revision", "status", "compatibilities", "registeredAt");
    assertThat(input.get("tags")).isEqualTo(describe.get("tags"));
    assertThat(VALIDATOR.validate(input).findings()).isEmpty();
  }

  @Test
  void findingsInsideADescribeOutputPointIntoIt() {
    Map<String, Object> td = gen(TaskRequest.builder("inf2.xlarge"));
    td.put("cpu", "9999");
    Report report = VALIDATOR.validate(Map.of("taskDefinition", td));
    assertThat(summary(report)).contains(tuple("cpu-beyond-instance", Severity.ERROR, "taskDefinition.cpu"));
  }

  @Test
  void trainium2CoresFollowTheLogicalCoreSetting() {
    // chips 0-3 of a trn2.48xlarge: 16 cores at LNC=2 (the default), 32 at LNC=1
    assertThat(visibleCoresFindings("trn2.48xlarge", 4, "0-15", null)).isEmpty();
    assertThat(visibleCoresFindings("trn2.48xlarge", 4, "0-31", null)).hasSize(1);
    assertThat(visibleCoresFindings("trn2.48xlarge", 4, "0-31", "1")).isEmpty();
    assertThat(visibleCoresFindings("trn2.48xlarge", 4, "32", "1")).hasSize(1);
    assertThat(visibleCoresFindings("trn2.48xlarge", 4, "0-15", "2")).isEmpty();
    // LNC does not apply outside Trainium2
    assertThat(visibleCoresFindings("trn1.32xlarge", 4, "0-7", "1")).isEmpty();
    assertThat(visibleCoresFindings("trn1.32xlarge", 4, "0-15", "1")).hasSize(1);
    // host-global numbering, comma lists
    assertThat(visibleCoresFindings("inf1.6xlarge", 2, "0-3,4-7", null)).isEmpty();
    assertThat(visibleCoresFindings("inf1.6xlarge", 2, "0,8", null)).hasSize(1);
  }

  private static List<Finding> visibleCoresFindings(String type, int chips, String cores, String lnc) {
    TaskRequest.Builder b = TaskRequest.builder(type).chips(chips).env(KeyValue.parse("NEURON_RT_VISIBLE_CORES=" + cores, "--env"));
    if (lnc != null) {
      b.env(KeyValue.parse("NEURON_LOGICAL_NC_CONFIG=" + lnc, "--env"));
    }
    return VALIDATOR.validate(gen(b)).findings();
  }

  @Test
  void visibleCoresWithNeuronDeviceCountAllOfTheInstancesChips() {
    Map<String, Object> td = managed("attribute:ecs.instance-type == inf2.24xlarge", "0-11");
    assertThat(VALIDATOR.validate(td).findings()).isEmpty();
    td = managed("attribute:ecs.instance-type == inf2.24xlarge", "0-12");
    assertThat(summary(VALIDATOR.validate(td)))
        .containsExactly(tuple("visible-cores", Severity.ERROR, "containerDefinitions[0].environment[0]"));
  }

  private static Map<String, Object> managed(String expression, String cores) {
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("name", "neuron");
    container.put("image", "public.ecr.aws/neuron/pytorch-inference-neuronx:2.9.0-neuronx-py312-sdk2.31.1-ubuntu24.04");
    container.put("environment", List.of(Map.of("name", "NEURON_RT_VISIBLE_CORES", "value", cores)));
    container.put("resourceRequirements", List.of(Map.of("type", "NeuronDevice", "value", "ALL")));
    Map<String, Object> td = new LinkedHashMap<>();
    td.put("family", "managed");
    td.put("requiresCompatibilities", List.of("MANAGED_INSTANCES"));
    td.put("networkMode", "awsvpc");
    td.put("cpu", "8192");
    td.put("memory", "16384");
    td.put("placementConstraints", List.of(Map.of("type", "memberOf", "expression", expression)));
    td.put("containerDefinitions", List.of(container));
    return td;
  }

  @Test
  void constraintsThatAllowSeveralTypesMustFitEachForDevicesAndOneForResources() {
    Map<String, Object> td = gen(TaskRequest.builder("inf2.8xlarge").cpu(16384));
    setExpression(td, "attribute:ecs.instance-type in [inf2.xlarge, inf2.8xlarge]");
    assertThat(VALIDATOR.validate(td).findings()).as("16384 units fit the larger type").isEmpty();
    td.put("cpu", "40000");
    assertThat(VALIDATOR.validate(td).findings().get(0).message()).contains("the largest type allowed, inf2.8xlarge,");

    Map<String, Object> two = gen(TaskRequest.builder("inf2.24xlarge").chips(2).cpu(4096).memory(8192));
    setExpression(two, "attribute:ecs.instance-type in [inf2.xlarge, inf2.24xlarge]");
    Report report = VALIDATOR.validate(two);
    assertThat(summary(report))
        .containsExactly(tuple("chip-past-last", Severity.ERROR, "containerDefinitions[0].linuxParameters.devices[1]"));
    assertThat(report.findings().get(0).message()).startsWith("/dev/neuron1 is past the last chip of inf2.xlarge (/dev/neuron0)");
  }

  @Test
  void expressionFormsThatPinTheType() {
    Map<String, Object> td = gen(TaskRequest.builder("inf2.24xlarge"));
    for (String pinned :
        List.of(
            "attribute:ecs.instance-type == inf2.24xlarge",
            "attribute:ecs.instance-type equals inf2.24xlarge",
            "attribute:ecs.instance-type in [inf2.24xlarge, inf2.48xlarge]",
            "attribute:ecs.instance-type =~ inf2\\.(24|48)xlarge",
            "attribute:ecs.instance-type == inf2.24xlarge and attribute:ecs.availability-zone in [us-east-1a]",
            "(attribute:ecs.instance-type == inf2.24xlarge or attribute:ecs.instance-type == inf2.48xlarge)")) {
      setExpression(td, pinned);
      assertThat(VALIDATOR.validate(td).findings()).as(pinned).isEmpty();
    }
    for (String loose :
        List.of(
            "attribute:ecs.os-type == linux",
            "not(attribute:ecs.instance-type == inf2.24xlarge)",
            "attribute:ecs.instance-type != inf2.xlarge",
            "attribute:ecs.instance-type == inf2.24xlarge or attribute:ecs.os-type == linux")) {
      setExpression(td, loose);
      assertThat(summary(VALIDATOR.validate(td))).as(loose).containsExactly(tuple("no-instance-type", Severity.WARNING, "placementConstraints"));
    }
    setExpression(td, "attribute:ecs.instance-type =~ inf2.*");
    assertThat(VALIDATOR.validate(td).findings()).as("a regex that allows inf2.xlarge, which lacks chips 1-5")
        .hasSize(5).allSatisfy(f -> assertThat(f.message()).contains("past the last chip of inf2.xlarge, inf2.8xlarge"));
  }

  @SuppressWarnings("unchecked")
  private static void setExpression(Map<String, Object> td, String expression) {
    Map<String, Object> constraint = new LinkedHashMap<>((Map<String, Object>) ((List<Object>) td.get("placementConstraints")).get(0));
    constraint.put("expression", expression);
    td.put("placementConstraints", List.of(constraint));
  }

  @Test
  void containersThatSplitAChipsCoresDoNotShareIt() {
    Map<String, Object> td = gen(TaskRequest.builder("inf2.xlarge").env(KeyValue.parse("NEURON_RT_VISIBLE_CORES=0", "--env")));
    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) ((List<Object>) td.get("containerDefinitions")).get(0);
    Map<String, Object> second = new LinkedHashMap<>(first);
    second.put("name", "second");
    second.put("environment", List.of(Map.of("name", "NEURON_RT_VISIBLE_CORES", "value", "1")));
    td.put("containerDefinitions", List.of(first, second));
    assertThat(VALIDATOR.validate(td).findings()).isEmpty();
    second.put("environment", List.of(Map.of("name", "NEURON_RT_VISIBLE_CORES", "value", "0-1")));
    assertThat(summary(VALIDATOR.validate(td)))
        .containsExactly(tuple("chip-shared", Severity.ERROR, "containerDefinitions[1].linuxParameters.devices"));
  }

  @Test
  void cpuAndMemoryInTheirOtherSpellings() {
    Map<String, Object> td = gen(TaskRequest.builder("inf2.xlarge"));
    td.put("cpu", "4 vCPU");
    td.put("memory", "14 GB");
    assertThat(VALIDATOR.validate(td).findings()).isEmpty();
    td.put("cpu", "4.5 vcpu");
    td.put("memory", "16GB");
    assertThat(summary(VALIDATOR.validate(td)))
        .containsExactly(tuple("cpu-beyond-instance", Severity.ERROR, "cpu"), tuple("memory-beyond-instance", Severity.ERROR, "memory"));
    assertThat(ResourcesRule.cpuUnits("0.25 vCPU")).isEqualTo(256L);
    assertThat(ResourcesRule.cpuUnits(2048)).isEqualTo(2048L);
    assertThat(ResourcesRule.memoryMiB("1.5 GB")).isEqualTo(1536L);
    assertThat(ResourcesRule.memoryMiB("4 TB")).isNull();
  }

  @Test
  void containerLevelResourcesCountWithoutTaskLevelOnes() {
    Map<String, Object> td = gen(TaskRequest.builder("inf1.xlarge"));
    td.remove("cpu");
    td.remove("memory");
    @SuppressWarnings("unchecked")
    Map<String, Object> c = (Map<String, Object>) ((List<Object>) td.get("containerDefinitions")).get(0);
    c.put("cpu", 4096);
    c.put("memoryReservation", 1000);
    assertThat(VALIDATOR.validate(td).findings()).isEmpty();
    c.put("cpu", 4097);
    c.put("memoryReservation", 8000);
    assertThat(summary(VALIDATOR.validate(td)))
        .containsExactly(
            tuple("cpu-beyond-instance", Severity.ERROR, "containerDefinitions"),
            tuple("memory-beyond-instance", Severity.ERROR, "containerDefinitions"));
  }

  @Test
  void secretLookingNames() {
    for (String secret : List.of("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "DB_PASSWORD", "apiKey", "API_KEY", "AWS_SECRET_ACCESS_KEY",
        "GITHUB_TOKEN", "client-secret", "PRIVATE_KEY", "dbPasswd", "splunk-token", "WANDB_API_KEY")) {
      assertThat(SecurityRule.looksSecret(secret)).as(secret).isTrue();
    }
    for (String plain : List.of("TOKENIZERS_PARALLELISM", "MAX_TOKENS", "NEURON_RT_VISIBLE_CORES", "SECRET_ARN", "DB_PASSWORD_FILE",
        "TOKEN_URL", "MODEL_KEY", "PWD", "KEYBOARD", "awslogs-group", "SECRET_NAME", "AWS_ACCESS_KEY_ID")) {
      assertThat(SecurityRule.looksSecret(plain)).as(plain).isFalse();
    }
  }

  @Test
  void secretValuesAreNeverPrinted() {
    String token = "hf_DoNotPrintMe0123456789";
    Map<String, Object> td = gen(TaskRequest.builder("inf2.xlarge").env(KeyValue.parse("HF_TOKEN=" + token, "--env"))
        .env(KeyValue.parse("OTHER=AKIAABCDEFGHIJKLMNOP", "--env")));
    Report report = VALIDATOR.validate(td);
    assertThat(summary(report)).containsExactly(
        tuple("secret-in-environment", Severity.WARNING, "containerDefinitions[0].environment[0]"),
        tuple("secret-in-environment", Severity.WARNING, "containerDefinitions[0].environment[1]"));
    for (Finding f : report.findings()) {
      assertThat(f.message() + f.fix()).doesNotContain(token).doesNotContain("AKIAABCDEFGHIJKLMNOP");
    }
    // a wrong type under environment does not echo the value either
    @SuppressWarnings("unchecked")
    Map<String, Object> c = (Map<String, Object>) ((List<Object>) td.get("containerDefinitions")).get(0);
    c.put("environment", List.of(Map.of("name", "PIN", "value", 987654321)));
    Finding f = VALIDATOR.validate(td).findings().get(0);
    assertThat(f.check()).isEqualTo("wrong-type");
    assertThat(f.message() + f.fix()).doesNotContain("987654321");
  }

  @Test
  void visibleCoreLists() {
    assertThat(Cores.parse("3")).containsExactly(3);
    assertThat(Cores.parse("0-3")).containsExactly(0, 1, 2, 3);
    assertThat(Cores.parse("51,52")).containsExactly(51, 52);
    assertThat(Cores.parse(" 0-1 , 4 ")).containsExactly(0, 1, 4);
    for (String bad : List.of("", "a", "3-1", "-1", "1-", "1,,2", "0-999999", "nc0")) {
      assertThat(Cores.parse(bad)).as("'%s'", bad).isNull();
    }
    assertThat(Cores.ranges(List.of(0, 1, 2, 5, 7, 8))).isEqualTo("0-2,5,7-8");
    assertThat(Cores.devices(List.of(0, 1, 4))).isEqualTo("/dev/neuron0..1, /dev/neuron4");
  }

  @Test
  void sameDocumentSameFindingsInSeverityOrder() throws IOException {
    Object tree = read("seed-inf1-example.json");
    Map<String, Object> broken = gen(TaskRequest.builder("trn1.32xlarge").chips(4));
    broken.put("revision", 1);
    broken.put("cpu", 1);
    Report a = VALIDATOR.validate(broken);
    assertThat(a).isEqualTo(VALIDATOR.validate(broken));
    assertThat(VALIDATOR.validate(tree)).isEqualTo(VALIDATOR.validate(tree));
    List<Severity> order = a.findings().stream().map(Finding::severity).toList();
    assertThat(order).isSortedAccordingTo(Enum::compareTo).contains(Severity.ERROR, Severity.NOTE);
  }
}
