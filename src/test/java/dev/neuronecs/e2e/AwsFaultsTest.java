package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.ami.AmiTest;
import dev.neuronecs.render.Json;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.taskdef.Normalizer;
import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.AwsStub;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What moto cannot do: an in-process HTTP stub throttles, fails, drops, hangs and talks nonsense,
 * and the commands must retry a bounded number of times, give up in time, and say what happened
 * in one line; the stub also records what the client sent.
 */
class AwsFaultsTest {
  static final String ECS = "AmazonEC2ContainerServiceV20141113.";
  static final String TD =
      "{\"family\": \"stub-td\", \"networkMode\": \"bridge\", \"requiresCompatibilities\": [\"EC2\"], \"cpu\": \"4096\", \"memory\": \"14745\","
          + " \"placementConstraints\": [{\"type\": \"memberOf\", \"expression\": \"attribute:ecs.instance-type == inf2.xlarge\"}],"
          + " \"containerDefinitions\": [{\"name\": \"c\", \"image\": \"repo/app:1\", \"essential\": true,"
          + " \"linuxParameters\": {\"devices\": [{\"hostPath\": \"/dev/neuron0\", \"containerPath\": \"/dev/neuron0\", \"permissions\": [\"read\", \"write\"]}]}}]}";

  @TempDir Path dir;
  AwsStub stub;
  Path file;

  @BeforeEach
  void start() throws IOException {
    stub = AwsStub.start();
    file = Files.writeString(dir.resolve("td.json"), TD);
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private CliResult run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--endpoint-url");
    all.add(stub.endpoint());
    return Cli.run(AwsEnv.withRegion("us-east-1"), all.toArray(String[]::new));
  }

  /** DescribeTaskDefinition's answer for TD as revision {@code revision}. */
  static String described(int revision) {
    Map<String, Object> td = new LinkedHashMap<>(json(TD));
    td.put("taskDefinitionArn", "arn:aws:ecs:us-east-1:123456789012:task-definition/stub-td:" + revision);
    td.put("revision", revision);
    td.put("status", "ACTIVE");
    td.put("compatibilities", List.of("EC2"));
    return Json.write(Map.of("taskDefinition", td, "tags", List.of()));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String text) {
    return (Map<String, Object>) JsonReader.read(text, "test");
  }

  private static void assertOneLineFailure(CliResult r, String... parts) {
    // AWS error codes end in "Exception"; a stack trace would show "\tat " frames.
    assertThatRun(r).exitedWith(1).stderrContains(parts);
    assertThat(r.err()).as("stderr of%n%s", r).doesNotContain("\tat ");
    assertThat(r.out()).as("stdout of%n%s", r).isEmpty();
    assertThat(r.err().lines()).as("stderr of%n%s", r).filteredOn(l -> l.startsWith("neuron-ecs: error: ")).hasSize(1);
    assertThat(r.err() + r.out()).doesNotContain(AwsEnv.SECRET);
  }

  @Test
  void throttledThenAnsweredIsRetriedAndTheClientSentTheRightRequest() {
    stub.error(400, "ThrottlingException", "Rate exceeded").reply(200, described(1));
    CliResult r = run("diff", "--file", file.toString());
    assertThatRun(r).succeeded().stderrContains("no differences from stub-td:1");
    assertThat(stub.targets()).containsExactly(ECS + "DescribeTaskDefinition", ECS + "DescribeTaskDefinition");
    AwsStub.Request sent = stub.requests().get(1);
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(json(sent.body())).isEqualTo(Map.of("taskDefinition", "stub-td", "include", List.of("TAGS")));
    assertThat(sent.header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=" + AwsEnv.ACCESS_KEY + "/")
        .contains("/us-east-1/ecs/aws4_request").doesNotContain(AwsEnv.SECRET);
  }

  @Test
  void serverErrorThenAnsweredIsRetried() {
    stub.error(500, "ServerException", "internal error").reply(200, described(1));
    assertThatRun(run("diff", "--file", file.toString())).succeeded();
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void aDroppedConnectionIsRetried() {
    stub.drop().reply(200, described(1));
    assertThatRun(run("diff", "--file", file.toString())).succeeded();
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void throttlingThatDoesNotStopEndsAfterABoundedNumberOfAttempts() {
    stub.repeat(10, s -> s.error(400, "ThrottlingException", "Rate exceeded"));
    CliResult r = run("diff", "--file", file.toString());
    assertOneLineFailure(r, "kept throttling DescribeTaskDefinition (ThrottlingException) after 4 attempts");
    assertThat(stub.requests()).hasSize(4);
  }

  @Test
  void serverErrorsThatDoNotStopEndAfterABoundedNumberOfAttempts() {
    stub.repeat(10, s -> s.error(503, "ServiceUnavailableException", "try later"));
    CliResult r = run("diff", "--file", file.toString());
    assertOneLineFailure(r, "failed DescribeTaskDefinition with HTTP 503", "after 4 attempts");
    assertThat(stub.requests()).hasSize(4);
  }

  @Test
  void aHungEndpointEndsTheCommandWithinTheTimeout() {
    stub.repeat(10, AwsStub::hang);
    Instant start = Instant.now();
    CliResult r = run("diff", "--file", file.toString(), "--timeout", "2");
    Duration took = Duration.between(start, Instant.now());
    assertOneLineFailure(r, "ECS at " + stub.endpoint() + " did not answer DescribeTaskDefinition within 2 s (--timeout)");
    // Not a performance check: a generous bound that proves the command ends instead of hanging.
    assertThat(took).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void aMalformedReplyIsAFailureThatSaysSo() {
    stub.repeat(4, s -> s.reply(200, "{\"taskDefinition\": [1, 2"));
    assertOneLineFailure(run("diff", "--file", file.toString()), "sent a reply to DescribeTaskDefinition that is not valid AWS JSON");
  }

  @Test
  void accessDeniedSaysWhichPermission() {
    stub.error(400, "AccessDeniedException", "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecs:DescribeTaskDefinition");
    assertOneLineFailure(run("diff", "--file", file.toString()),
        "AWS denied ecs:DescribeTaskDefinition (AccessDeniedException: User: arn:aws:iam::123456789012:user/ci is not authorized",
        "allow ecs:DescribeTaskDefinition");
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void verboseShowsTheTraceButNeverACredential() {
    stub.error(400, "InvalidSignatureException",
        "The request signature we calculated does not match. Secret: " + AwsEnv.SECRET + " Key: " + AwsEnv.ACCESS_KEY);
    CliResult r = run("diff", "--file", file.toString(), "--verbose");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("neuron-ecs: error: AWS did not accept the credentials (InvalidSignatureException")
        .contains("\tat ")
        .contains("neuron-ecs: note: ECS at " + stub.endpoint())
        .contains("****");
    assertThat(r.err() + r.out()).doesNotContain(AwsEnv.SECRET).doesNotContain(AwsEnv.ACCESS_KEY);
  }

  @Test
  void aTaskDefinitionEcsRejectsIsOneLineWithEcsReason() {
    stub.error(400, "ClientException", "Unable to describe task definition.")
        .error(400, "ClientException", "Invalid 'memory' setting for container 'c'.");
    CliResult r = run("register", "--file", file.toString());
    assertOneLineFailure(r, "ECS rejected the task definition (ClientException: Invalid 'memory' setting for container 'c'.); fix it");
    assertThat(stub.targets()).containsExactly(ECS + "DescribeTaskDefinition", ECS + "RegisterTaskDefinition");
  }

  @Test
  void registerSendsTheDocumentAsGiven() {
    stub.error(400, "ClientException", "Unable to describe task definition.").reply(200, described(1));
    CliResult r = run("register", "--file", file.toString());
    assertThatRun(r).succeeded();
    assertThat(assertThatRun(r).stdoutJsonObject()).containsEntry("action", "registered").containsEntry("revision", 1)
        .containsEntry("reason", "new");
    Map<String, Object> sent = json(stub.requests().get(1).body());
    assertThat(Normalizer.normalize(sent)).isEqualTo(Normalizer.normalize(json(TD)));
    assertThat(sent).doesNotContainKeys("revision", "status");
  }

  @Test
  void runPassesTheInstanceTypeConstraint() {
    stub.reply(200, described(3))
        .reply(200, "{\"tasks\": [{\"taskArn\": \"arn:aws:ecs:us-east-1:123456789012:task/c/abc\", \"lastStatus\": \"PROVISIONING\"},"
            + " {\"taskArn\": \"arn:aws:ecs:us-east-1:123456789012:task/c/def\", \"lastStatus\": \"PROVISIONING\"}], \"failures\": []}");
    CliResult r = run("run", "--cluster", "neuron", "--task-definition", "stub-td", "--count", "2");
    assertThatRun(r).succeeded();
    assertThat(assertThatRun(r).stdoutJsonObject()).containsEntry("action", "started")
        .containsEntry("taskDefinitionArn", "arn:aws:ecs:us-east-1:123456789012:task-definition/stub-td:3");
    assertThat(stub.targets()).containsExactly(ECS + "DescribeTaskDefinition", ECS + "RunTask");
    Map<String, Object> sent = json(stub.requests().get(1).body());
    assertThat(sent).containsEntry("cluster", "neuron").containsEntry("taskDefinition", "stub-td").containsEntry("count", 2)
        .containsEntry("placementConstraints", List.of(Map.of("type", "memberOf", "expression", "attribute:ecs.instance-type == inf2.xlarge")));
  }

  @Test
  void runThatPlacesNothingFailsWithEcsReasons() {
    stub.reply(200, described(1))
        .reply(200, "{\"tasks\": [], \"failures\": [{\"arn\": \"arn:aws:ecs:us-east-1:123456789012:container-instance/x\", \"reason\": \"RESOURCE:MEMORY\"}]}");
    assertOneLineFailure(run("run", "--cluster", "neuron", "--task-definition", "stub-td"),
        "ECS started 0 of 1 task(s) on cluster neuron: RESOURCE:MEMORY");
  }

  @Test
  void runOfAnUnknownFamilyIsOneLine() {
    stub.error(400, "ClientException", "Unable to describe task definition.");
    assertOneLineFailure(run("run", "--cluster", "neuron", "--task-definition", "nope"),
        "task definition 'nope' not found (ECS at " + stub.endpoint() + "); register it first");
  }

  @Test
  void amiReadsTheRealSsmStringFormatOfRecommended() {
    String parameter = "/aws/service/ecs/optimized-ami/amazon-linux-2023/neuron/recommended";
    stub.reply(200, "{\"Parameters\": []}")
        .reply(200, Json.write(Map.of("Parameter", Map.of(
            "Name", parameter, "Type", "String", "Value", AmiTest.REAL_VALUE, "Version", 7, "DataType", "text"))));
    CliResult r = run("ami", "-o", "json");
    assertThatRun(r).succeeded();
    assertThat(assertThatRun(r).stdoutJsonObject())
        .containsEntry("imageId", "ami-0281c9a5cd9de63bd")
        .containsEntry("ecsAgentVersion", "1.88.0")
        .containsEntry("ecsRuntimeVersion", "Docker version 25.0.6")
        .containsEntry("os", "Amazon Linux 2023");
    assertThat(stub.targets()).containsExactly("AmazonSSM.GetParametersByPath", "AmazonSSM.GetParameter");
    assertThat(json(stub.requests().get(0).body())).containsEntry("Path", parameter).containsEntry("Recursive", false);
    assertThat(json(stub.requests().get(1).body())).isEqualTo(Map.of("Name", parameter));
  }

  @Test
  void amiWhereTheParameterDoesNotExist() {
    stub.reply(200, "{\"Parameters\": []}").error(400, "ParameterNotFound", "Parameter not found.");
    assertOneLineFailure(run("ami", "--region", "eu-south-1"), "the Neuron ECS AMI is not published in eu-south-1");
  }

  @Test
  void noRegionFailsBeforeAnyCall() {
    CliResult r = Cli.run(AwsEnv.noCredentials(), "ami", "--endpoint-url", stub.endpoint());
    assertOneLineFailure(r, "no AWS region: give --region");
    assertThat(stub.requests()).isEmpty();
  }
}
