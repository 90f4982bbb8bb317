package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.cli.CliContext;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.MotoCli;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * catalog --check and --from-ec2 against moto_server, which serves EC2's real DescribeInstanceTypes
 * data (every Neuron type of the catalog but trn2u.48xlarge); the AWS CLI reading the same data is
 * the check on how neuron-ecs reads it.
 */
@ExtendWith(MotoServer.class)
class CatalogEc2MotoTest {
  private static final List<String> TRAINIUM2 = List.of("trn2.3xlarge", "trn2.48xlarge");

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> types(Map<String, Object> check) {
    return (List<Map<String, Object>>) (List<?>) check.get("types");
  }

  private static Map<String, Object> type(Map<String, Object> check, String name) {
    return types(check).stream().filter(t -> t.get("instanceType").equals(name)).findFirst().orElseThrow();
  }

  /** What the AWS CLI reads from the same endpoint, in the keys of our JSON. */
  private static Map<String, Map<String, Object>> awsCliFigures(MotoServer moto, String region) {
    CliResult r = AwsCli.against(moto, region).run(
        "ec2", "describe-instance-types", "--filters", "Name=instance-type,Values=inf*,trn*");
    assertThatRun(r).succeeded();
    Map<String, Map<String, Object>> out = new HashMap<>();
    for (Object o : (List<?>) Tree.at(JsonReader.read(r.out(), "aws"), "InstanceTypes")) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("chip", Tree.at(o, "NeuronInfo.NeuronDevices.0.Name"));
      figures.put("vcpus", Tree.at(o, "VCpuInfo.DefaultVCpus"));
      figures.put("memoryMiB", Tree.at(o, "MemoryInfo.SizeInMiB"));
      figures.put("chips", Tree.at(o, "NeuronInfo.NeuronDevices.0.Count"));
      figures.put("physicalCoresPerChip", Tree.at(o, "NeuronInfo.NeuronDevices.0.CoreInfo.Count"));
      figures.put("neuronCoreVersion", Tree.at(o, "NeuronInfo.NeuronDevices.0.CoreInfo.Version"));
      Object efa = ((Map<?, ?>) Tree.at(o, "NetworkInfo")).containsKey("EfaInfo") ? Tree.at(o, "NetworkInfo.EfaInfo.MaximumEfaInterfaces") : 0;
      figures.put("maxEfaInterfaces", efa);
      figures.put("deviceMemoryMiB", Tree.at(o, "NeuronInfo.NeuronDevices.0.MemoryInfo.SizeInMiB"));
      out.put((String) Tree.at(o, "InstanceType"), figures);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"us-east-1", "us-east-2", "us-west-2"})
  void everyRowIsTheSameButTrainium2MemoryIsKnownAndTrn2uIsNotOffered(String region, MotoServer moto) {
    CliResult r = MotoCli.run(moto, AwsEnv.withRegion(region), "", "catalog", "--check", "-o", "json");
    assertThatRun(r).succeeded()
        .stderrContains("neuron-ecs: note: compared the catalog with EC2 at " + moto.endpoint()
            + ": 11 same, 2 known, 1 not offered by EC2 here\n");
    Map<String, Object> check = assertThatRun(r).stdoutJsonObject();
    assertThat(check).containsEntry("region", region).containsEntry("needsAttention", false)
        .containsEntry("summary", Map.of("same", 11, "known", 2, "different", 0, "not-in-catalog", 0, "not-offered", 1));
    assertThat(types(check)).extracting(t -> t.get("instanceType")).containsExactlyElementsOf(Catalog.builtIn().names());

    Map<String, Map<String, Object>> aws = awsCliFigures(moto, region);
    assertThat(aws).doesNotContainKey("trn2u.48xlarge").hasSize(13);
    for (InstanceType row : Catalog.builtIn().all()) {
      Map<String, Object> t = type(check, row.name());
      if (row.name().equals("trn2u.48xlarge")) {
        assertThat(t).isEqualTo(Map.of("instanceType", "trn2u.48xlarge", "status", "not-offered"));
        continue;
      }
      assertThat(t.get("ec2")).as("%s as the AWS CLI reads it", row.name()).isEqualTo(aws.get(row.name()));
      if (TRAINIUM2.contains(row.name())) {
        assertThat(t).containsEntry("status", "known");
        assertThat(Tree.at(t, "differences.0")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
            .containsEntry("field", "deviceMemoryMiB").containsEntry("catalog", 98304).containsEntry("ec2", 524288)
            .containsEntry("known", true).containsKey("source");
      } else {
        assertThat(t).as(row.name()).containsEntry("status", "same").doesNotContainKey("differences");
      }
    }
  }

  @Test
  void theTableIsForPeople(MotoServer moto) {
    CliResult r = MotoCli.run(moto, "catalog", "--check");
    assertThatRun(r).succeeded();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(15);
    assertThat(lines.get(0)).matches("TYPE +STATUS +FIELD +CATALOG +EC2 +NOTE");
    assertThat(lines).anyMatch(l -> l.matches("inf2\\.xlarge +same"));
    assertThat(lines).anyMatch(l -> l.matches("trn2\\.48xlarge +known +deviceMemoryMiB +98304 +524288 +known EC2 defect: .*96 GiB"));
    assertThat(lines).anyMatch(l -> l.matches("trn2u\\.48xlarge +not offered by EC2 here +EC2 lists no trn2u\\.48xlarge in us-east-1"));
  }

  @Test
  void aChangedRowIsDifferentAndAMissingOneNotInCatalogWithExit4(MotoServer moto) {
    List<InstanceType> rows = new ArrayList<>();
    for (InstanceType t : Catalog.builtIn().all()) {
      if (t.name().equals("inf2.xlarge")) {
        // the AWS ECS guide's wrong figure
        rows.add(new InstanceType(t.name(), t.chipFamily(), 8, t.memoryMiB(), t.chips(), t.maxEfaInterfaces(), t.topology(), t.source(), t.note()));
      } else if (!t.name().equals("trn1n.32xlarge")) {
        rows.add(t);
      }
    }
    CliContext context = new CliContext(AwsEnv.withRegion("us-east-1"))
        .withCatalog(new Catalog(rows, Catalog.builtIn().ec2Defects()));

    CliResult json = MotoCli.run(moto, context, "catalog", "--check", "-o", "json");
    assertThatRun(json).exitedWith(4).stderrContains("1 different", "1 not in catalog", "the catalog needs a look (exit 4)");
    Map<String, Object> check = assertThatRun(json).stdoutJsonObject();
    assertThat(check).containsEntry("needsAttention", true);
    assertThat(type(check, "inf2.xlarge")).containsEntry("status", "different")
        .containsEntry("differences", List.of(Map.of("field", "vcpus", "catalog", 8, "ec2", 4, "known", false)));
    Map<String, Object> trn1n = type(check, "trn1n.32xlarge");
    assertThat(trn1n).containsEntry("status", "not-in-catalog");
    assertThat(Tree.at(trn1n, "ec2.maxEfaInterfaces")).isEqualTo(16);
    assertThat(types(check).get(types(check).size() - 1)).as("types only EC2 has come last").isSameAs(trn1n);

    CliResult table = MotoCli.run(moto, context, "catalog", "--check");
    assertThatRun(table).exitedWith(4);
    assertThat(table.out().lines()).anyMatch(l -> l.matches("inf2\\.xlarge +different +vcpus +8 +4"))
        .anyMatch(l -> l.matches("trn1n\\.32xlarge +not in catalog +16 Trainium chips \\(2 NeuronCore-v2, 32 GiB each\\),"
            + " 128 vCPUs, 512 GiB, 16 EFA; --from-ec2 builds it"));
  }

  @Test
  void onlyTheTypesNamed(MotoServer moto) {
    CliResult r = MotoCli.run(moto, "catalog", "--check", "TRN2.48xlarge", "inf1.xlarge", "-o", "json");
    assertThatRun(r).succeeded().stderrContains("1 same, 1 known");
    assertThat(types(assertThatRun(r).stdoutJsonObject())).extracting(t -> t.get("instanceType"))
        .containsExactly("inf1.xlarge", "trn2.48xlarge");
    assertThatRun(MotoCli.run(moto, "catalog", "--check", "p4d.24xlarge")).isBadInput()
        .stderrContains("unknown instance type 'p4d.24xlarge': neither the built-in catalog nor EC2 at");
  }

  static Stream<String> offered() {
    return Catalog.builtIn().names().stream().filter(n -> !n.equals("trn2u.48xlarge"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("offered")
  void genFromEc2IsByteIdenticalWhereTheFiguresAgree(String type, MotoServer moto) {
    CliResult builtIn = Cli.run(AwsEnv.withRegion("us-east-1"), "gen", "--instance", type);
    CliResult fromEc2 = MotoCli.run(moto, "gen", "--instance", type, "--from-ec2");
    assertThatRun(builtIn).succeeded();
    assertThatRun(fromEc2).succeeded()
        .stderrContains("neuron-ecs: note: built " + type + " from EC2's figures (EC2 at " + moto.endpoint() + ")",
            TRAINIUM2.contains(type) ? "but for a known EC2 defect" : "they agree with the built-in catalog");
    assertThat(fromEc2.out()).isEqualTo(builtIn.out());
  }

  @Test
  void planAndChipRangesFromEc2AreTheBuiltInOnes(MotoServer moto) {
    String[] plan = {"plan", "--instance", "inf2.48xlarge", "--tasks", "6"};
    CliResult builtIn = Cli.run(AwsEnv.withRegion("us-east-1"), plan);
    CliResult fromEc2 = MotoCli.run(moto, "plan", "--instance", "inf2.48xlarge", "--tasks", "6", "--from-ec2");
    assertThatRun(fromEc2).succeeded();
    assertThat(fromEc2.out()).isEqualTo(builtIn.out()).isNotEmpty();

    CliResult part = MotoCli.run(moto, "gen", "--instance", "trn1.32xlarge", "--chips", "4", "--first-chip", "4", "--from-ec2");
    assertThat(part.out()).isEqualTo(
        Cli.run(AwsEnv.withRegion("us-east-1"), "gen", "--instance", "trn1.32xlarge", "--chips", "4", "--first-chip", "4").out());
    assertThatRun(MotoCli.run(moto, "gen", "--instance", "trn1.32xlarge", "--chips", "3", "--from-ec2"))
        .isBadInput().stderrContains("takes 1, 4, 8 or 16 chips per task, not 3");
  }

  @Test
  void registerAndDiffFromEc2(MotoServer moto) {
    moto.reset();
    String[] args = {"--instance", "trn1.2xlarge", "--family", "from-ec2", "--image", "repo/app:1", "--from-ec2"};
    CliResult registered = MotoCli.run(moto, concat("register", args));
    assertThatRun(registered).succeeded().stderrContains("built trn1.2xlarge from EC2's figures");
    assertThat(assertThatRun(registered).stdoutJsonObject()).containsEntry("action", "registered").containsEntry("revision", 1);
    CliResult diff = MotoCli.run(moto, concat("diff", args));
    assertThatRun(diff).succeeded().stderrContains("no differences from from-ec2:1");
    CliResult described = AwsCli.against(moto, "us-east-1").run("ecs", "describe-task-definition", "--task-definition", "from-ec2");
    assertThat(Tree.at(JsonReader.read(described.out(), "aws"), "taskDefinition.placementConstraints.0.expression"))
        .isEqualTo("attribute:ecs.instance-type == trn1.2xlarge");
  }

  @Test
  void aTypeEc2DoesNotOfferHereIsBadInput(MotoServer moto) {
    assertThatRun(MotoCli.run(moto, "gen", "--instance", "trn2u.48xlarge", "--from-ec2")).isBadInput()
        .stderrContains("EC2 at " + moto.endpoint() + " does not offer instance type 'trn2u.48xlarge'; drop --from-ec2");
    assertThatRun(MotoCli.run(moto, "gen", "--instance", "trn7.2xlarge", "--from-ec2")).isBadInput()
        .stderrContains("does not offer instance type 'trn7.2xlarge'; check the name and --region");
    assertThatRun(MotoCli.run(moto, "gen", "--instance", "m5.large", "--from-ec2")).isBadInput()
        .stderrContains("m5.large has no Neuron chips");
  }

  @Test
  void theEc2EndpointVariableIsHonoured(MotoServer moto) {
    Map<String, String> env = AwsEnv.with(AwsEnv.withRegion("us-east-1"), "AWS_ENDPOINT_URL_EC2", moto.endpoint());
    CliResult r = Cli.run(env, "gen", "--instance", "inf1.xlarge", "--from-ec2", "--verbose");
    assertThatRun(r).succeeded().stderrContains("neuron-ecs: note: EC2 at " + moto.endpoint() + " (region us-east-1)");
    assertThatRun(Cli.run(env, "catalog", "--check")).succeeded();
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
