package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Ec2Facts;
import dev.neuronecs.catalog.Ec2InstanceType;
import dev.neuronecs.catalog.Ec2NeuronDevice;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.AwsStub;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.Ec2Xml;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What moto cannot serve: EC2 answers with a Neuron type launched after this release (a made-up
 * trn3.48xlarge with Trainium3 chips), several pages, throttling, server errors, nonsense and
 * refusals, from an in-process stub speaking EC2's query protocol (XML). The stub also records what
 * the client sent.
 */
@ExtendWith(MotoServer.class)
class Ec2FaultsTest {
  @TempDir Path dir;
  AwsStub stub;

  @BeforeEach
  void start() {
    stub = AwsStub.start();
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

  private static String page(List<Ec2InstanceType> types, String nextToken) {
    return Ec2Xml.describeInstanceTypes(types, nextToken);
  }

  /** Today's EC2 with a Trn3 launched. */
  private static List<Ec2InstanceType> withTrn3() {
    List<Ec2InstanceType> types = new ArrayList<>(Ec2Facts.asEc2ReportsTheCatalog());
    types.removeIf(t -> t.name().equals("trn2u.48xlarge"));
    types.add(Ec2Facts.trn3());
    return types;
  }

  private static void assertOneLineFailure(CliResult r, String... parts) {
    assertThatRun(r).exitedWith(1).stderrContains(parts);
    assertThat(r.err()).as("stderr of%n%s", r).doesNotContain("\tat ");
    assertThat(r.out()).as("stdout of%n%s", r).isEmpty();
    assertThat(r.err().lines()).as("stderr of%n%s", r).hasSize(1).allMatch(l -> l.startsWith("neuron-ecs: error: "));
    assertThat(r.err() + r.out()).doesNotContain(AwsEnv.SECRET);
  }

  @Test
  void aTypeTheCatalogLacksIsNotInCatalogAndTheClientSentTheFilter() {
    stub.replyXml(200, page(withTrn3(), null));
    CliResult r = run("catalog", "--check", "-o", "json");
    assertThatRun(r).exitedWith(4).stderrContains("11 same, 2 known, 1 not in catalog, 1 not offered by EC2 here");
    Map<String, Object> check = assertThatRun(r).stdoutJsonObject();
    Object trn3 = Tree.list(check, "types").get(14);
    assertThat(Tree.at(trn3, "instanceType")).isEqualTo("trn3.48xlarge");
    assertThat(Tree.at(trn3, "status")).isEqualTo("not-in-catalog");
    assertThat(Tree.at(trn3, "ec2")).isEqualTo(Map.of(
        "chip", "Trainium3", "vcpus", 192, "memoryMiB", 2097152, "chips", 16, "physicalCoresPerChip", 8,
        "neuronCoreVersion", 4, "maxEfaInterfaces", 16, "deviceMemoryMiB", 147456));

    assertThat(stub.requests()).hasSize(1);
    AwsStub.Request sent = stub.requests().get(0);
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.form()).containsEntry("Action", List.of("DescribeInstanceTypes"))
        .containsEntry("Version", List.of("2016-11-15"))
        .containsEntry("Filter.1.Name", List.of("instance-type"))
        .containsEntry("Filter.1.Value.1", List.of("inf*"))
        .containsEntry("Filter.1.Value.2", List.of("trn*"))
        .containsEntry("MaxResults", List.of("100"))
        .doesNotContainKey("NextToken");
    assertThat(sent.header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=" + AwsEnv.ACCESS_KEY + "/")
        .contains("/us-east-1/ec2/aws4_request").doesNotContain(AwsEnv.SECRET);

    stub.replyXml(200, page(withTrn3(), null));
    CliResult table = run("catalog", "--check");
    assertThat(table.out().lines()).anyMatch(l -> l.matches(
        "trn3\\.48xlarge +not in catalog +16 Trainium3 chips \\(8 NeuronCore-v4, 144 GiB each\\), 192 vCPUs, 2048 GiB,"
            + " 16 EFA; --from-ec2 builds it"));
  }

  @Test
  void genFromEc2BuildsTheNewTypeAndTheAwsCliAcceptsIt(MotoServer moto) throws IOException {
    stub.replyXml(200, page(List.of(Ec2Facts.trn3()), null));
    CliResult r = run("gen", "--instance", "trn3.48xlarge", "--from-ec2", "--image", "public.ecr.aws/neuron/pytorch-training-neuronx:2.9.0");
    assertThatRun(r).succeeded()
        .stderrContains(
            "neuron-ecs: note: trn3.48xlarge is not in the built-in catalog; built it from EC2's figures (EC2 at " + stub.endpoint()
                + "): 16 Trainium3 chips with 8 NeuronCore-v4 each",
            "Trainium3 is a chip family this release does not know; as on Trainium2, the runtime's default logical"
                + " NeuronCore setting (LNC=2) is assumed",
            "one task takes all 16 of them");
    assertThat(stub.requests()).singleElement().satisfies(sent -> assertThat(sent.form())
        .containsEntry("Filter.1.Name", List.of("instance-type")).containsEntry("Filter.1.Value.1", List.of("trn3.48xlarge")));

    Map<String, Object> td = assertThatRun(r).stdoutJsonObject();
    assertThat(td).containsEntry("family", "neuron-trn3-48xlarge").containsEntry("cpu", "196608");
    assertThat(Tree.list(td, "containerDefinitions.0.linuxParameters.devices")).hasSize(16);
    assertThat(Tree.at(td, "containerDefinitions.0.name")).isEqualTo("neuron-trn3");
    assertThat(Tree.at(td, "placementConstraints.0.expression")).isEqualTo("attribute:ecs.instance-type == trn3.48xlarge");

    Path file = Files.writeString(dir.resolve("trn3.json"), r.out());
    CliResult registered = AwsCli.against(moto, "us-east-1").run("ecs", "register-task-definition", "--cli-input-json", "file://" + file);
    assertThatRun(registered).succeeded();
    assertThat(Tree.at(JsonReader.read(registered.out(), "aws"), "taskDefinition.family")).isEqualTo("neuron-trn3-48xlarge");
  }

  @Test
  void theNewTypeNeedsAnImageAndIsTakenWhole() {
    stub.replyXml(200, page(List.of(Ec2Facts.trn3()), null));
    assertThatRun(run("gen", "--instance", "trn3.48xlarge", "--from-ec2")).isBadInput()
        .stderrContains("trn3.48xlarge carries Trainium3 chips, for which neuron-ecs has no default image; give --image");
    stub.replyXml(200, page(List.of(Ec2Facts.trn3()), null));
    assertThatRun(run("plan", "--instance", "trn3.48xlarge", "--from-ec2", "--image", "x/y:1", "--tasks", "2")).isBadInput()
        .stderrContains("trn3.48xlarge");
    stub.replyXml(200, page(List.of(Ec2Facts.trn3()), null));
    CliResult one = run("plan", "--instance", "trn3.48xlarge", "--from-ec2", "--image", "x/y:1", "--tasks", "1", "--explain");
    assertThatRun(one).succeeded().stdoutContains("linked as a group of unknown topology", "one task takes all of them");
  }

  @Test
  void anUnknownChipFamilyShowsItsPhysicalCores() {
    Ec2InstanceType inf3 = new Ec2InstanceType("inf3.xlarge", 4, 16384, 0, List.of(new Ec2NeuronDevice("Inferentia3", 2, 2, 3, 65536)));
    stub.replyXml(200, page(List.of(inf3), null));
    CliResult r = run("gen", "--instance", "inf3.xlarge", "--from-ec2", "--image", "x/y:1", "--preset", "vllm", "--model", "m");
    assertThatRun(r).succeeded().stderrContains("Inferentia3 is a chip family this release does not know; neuron-ecs assumes the"
        + " runtime shows all 2 physical NeuronCores of each chip", "one task takes all 2 of them");
    Map<String, Object> td = assertThatRun(r).stdoutJsonObject();
    assertThat(Tree.list(td, "containerDefinitions.0.command")).containsSequence("--tensor-parallel-size", "4");
    assertThat(Tree.at(td, "containerDefinitions.0.image")).isEqualTo("x/y:1");

    stub.replyXml(200, page(List.of(Ec2Facts.trn3()), null));
    CliResult trn3 = run("gen", "--instance", "trn3.48xlarge", "--from-ec2", "--image", "x/y:1", "--preset", "vllm", "--model", "m");
    assertThat(Tree.list(assertThatRun(trn3).stdoutJsonObject(), "containerDefinitions.0.command"))
        .as("16 chips of 4 logical cores").containsSequence("--tensor-parallel-size", "64");
  }

  @Test
  void pagesAreFollowed() {
    List<Ec2InstanceType> all = withTrn3();
    stub.replyXml(200, page(all.subList(0, 7), "page-2")).replyXml(200, page(all.subList(7, all.size()), null));
    CliResult r = run("catalog", "--check", "-o", "json");
    assertThatRun(r).exitedWith(4);
    assertThat(Tree.at(assertThatRun(r).stdoutJsonObject(), "summary"))
        .isEqualTo(Map.of("same", 11, "known", 2, "different", 0, "not-in-catalog", 1, "not-offered", 1));
    assertThat(stub.requests()).hasSize(2);
    assertThat(stub.requests().get(1).form()).containsEntry("NextToken", List.of("page-2"))
        .containsEntry("Filter.1.Value.2", List.of("trn*"));
  }

  @Test
  void aTypeWhoseNeuronInfoIsMissingIsDifferent() {
    List<Ec2InstanceType> types = new ArrayList<>(Ec2Facts.asEc2ReportsTheCatalog());
    types.replaceAll(t -> t.name().equals("trn2u.48xlarge") ? Ec2Facts.withDevice(t, null) : t);
    stub.replyXml(200, page(types, null));
    CliResult r = run("catalog", "--check", "trn2u.48xlarge");
    assertThatRun(r).exitedWith(4);
    assertThat(r.out().lines()).anyMatch(l -> l.matches("trn2u\\.48xlarge +different +chip +Trainium2 +not reported"))
        .anyMatch(l -> l.matches(" +chips +16 +not reported"));
  }

  @Test
  void throttledThenAnsweredIsRetried() {
    stub.ec2Error(503, "RequestLimitExceeded", "Request limit exceeded.").replyXml(200, page(withTrn3(), null));
    assertThatRun(run("catalog", "--check")).exitedWith(4);
    assertThat(stub.requests()).hasSize(2);
    assertThat(stub.requests().get(1).form()).isEqualTo(stub.requests().get(0).form());
  }

  @Test
  void throttlingThatDoesNotStopEndsAfterABoundedNumberOfAttempts() {
    stub.repeat(10, s -> s.ec2Error(503, "RequestLimitExceeded", "Request limit exceeded."));
    assertOneLineFailure(run("gen", "--instance", "trn3.48xlarge", "--from-ec2", "--image", "x/y:1"),
        "EC2 at " + stub.endpoint() + " kept throttling DescribeInstanceTypes (RequestLimitExceeded) after 4 attempts");
    assertThat(stub.requests()).hasSize(4);
  }

  @Test
  void serverErrorsEndAfterABoundedNumberOfAttempts() {
    stub.repeat(10, s -> s.ec2Error(500, "InternalError", "An internal error has occurred"));
    assertOneLineFailure(run("catalog", "--check"),
        "failed DescribeInstanceTypes with HTTP 500 (InternalError: An internal error has occurred) after 4 attempts");
    assertThat(stub.requests()).hasSize(4);
  }

  @Test
  void aMalformedReplyIsAFailureThatSaysSo() {
    stub.repeat(4, s -> s.replyXml(200, "<DescribeInstanceTypesResponse><instanceTypeSet><item><instanceType>trn"));
    assertOneLineFailure(run("catalog", "--check"), "sent a reply to DescribeInstanceTypes that is not valid AWS XML");
  }

  @Test
  void accessDeniedSaysWhichPermission() {
    stub.ec2Error(403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
    assertOneLineFailure(run("gen", "--instance", "trn1.2xlarge", "--from-ec2"),
        "AWS denied ec2:DescribeInstanceTypes (UnauthorizedOperation: You are not authorized to perform this operation.);"
            + " allow ec2:DescribeInstanceTypes");
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void rejectedCredentialsSaySo() {
    // EC2 answers AuthFailure with HTTP 401, whose body the JDK's HTTP client does not read.
    stub.ec2Error(401, "AuthFailure", "AWS was not able to validate the provided access credentials");
    assertOneLineFailure(run("catalog", "--check"), "AWS did not accept the credentials (HTTP 401); check AWS_ACCESS_KEY_ID");
    stub.ec2Error(400, "AuthFailure", "AWS was not able to validate the provided access credentials");
    assertOneLineFailure(run("catalog", "--check"), "AWS did not accept the credentials (AuthFailure: AWS was not able to validate");
  }

  @Test
  void aHungEndpointEndsWithinTheTimeout() {
    stub.repeat(10, AwsStub::hang);
    assertOneLineFailure(run("gen", "--instance", "trn1.2xlarge", "--from-ec2", "--timeout", "2"),
        "EC2 at " + stub.endpoint() + " did not answer DescribeInstanceTypes within 2 s (--timeout)");
  }

  @Test
  void registerFromEc2ValidatesAgainstTheNewType() {
    stub.replyXml(200, page(List.of(Ec2Facts.trn3()), null))
        .error(400, "ClientException", "Unable to describe task definition.");
    CliResult r = run("register", "--instance", "trn3.48xlarge", "--from-ec2", "--image", "x/y:1", "--dry-run");
    assertThatRun(r).succeeded().stderrContains("trn3.48xlarge is not in the built-in catalog");
    assertThat(r.err()).doesNotContain("is not a Neuron instance type");
    assertThat(assertThatRun(r).stdoutJsonObject()).containsEntry("action", "would-register");
  }
}
