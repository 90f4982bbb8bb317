package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.neuronecs.catalog.Ec2Facts;
import dev.neuronecs.catalog.Ec2InstanceType;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.AwsStub;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.Ec2Xml;
import dev.neuronecs.testing.JavaProcess;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Processes;
import dev.neuronecs.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** examples/ci/catalog-check.sh, run by sh with neuron-ecs on PATH, and the workflow that runs it. */
@ExtendWith(MotoServer.class)
class CatalogCheckRecipeTest {
  private static final Path SCRIPT = Path.of("examples/ci/catalog-check.sh");
  private static final Path WORKFLOW = Path.of("examples/ci/catalog-check.yml");

  @TempDir Path dir;

  private Map<String, String> env(String endpoint, String regions) {
    JavaProcess.launcher(dir);
    Map<String, String> env = new HashMap<>(AwsEnv.withRegion("us-east-1"));
    env.put("AWS_ENDPOINT_URL", endpoint);
    env.put("PATH", dir + ":/usr/local/bin:/usr/bin:/bin");
    env.put("REGIONS", regions);
    env.put("REPORT_DIR", dir.resolve("reports").toString());
    return env;
  }

  private CliResult runScript(Map<String, String> env) {
    return Processes.run(List.of("sh", SCRIPT.toString()), env);
  }

  @Test
  void passesWhereEc2AgreesAndKeepsAReportPerRegion(MotoServer moto) throws IOException {
    CliResult r = runScript(env(moto.endpoint(), "us-east-1 us-west-2"));
    assertThatRun(r).succeeded()
        .stdoutContains("us-east-1: the built-in catalog agrees with EC2", "us-west-2: the built-in catalog agrees with EC2");
    for (String region : List.of("us-east-1", "us-west-2")) {
      Object report = JsonReader.read(Files.readString(dir.resolve("reports/catalog-check-" + region + ".json")), region);
      assertThat(Tree.at(report, "region")).isEqualTo(region);
      assertThat(Tree.at(report, "needsAttention")).isEqualTo(false);
    }
  }

  @Test
  void failsWithExit4AndShowsTheTableWhenEc2HasANewType() {
    List<Ec2InstanceType> types = new ArrayList<>(Ec2Facts.asEc2ReportsTheCatalog());
    types.add(Ec2Facts.trn3());
    String reply = Ec2Xml.describeInstanceTypes(types, null);
    try (AwsStub stub = AwsStub.start()) {
      stub.replyXml(200, reply).replyXml(200, reply);
      CliResult r = runScript(env(stub.endpoint(), "us-east-1"));
      assertThat(r.exitCode()).as("%s", r).isEqualTo(4);
      assertThat(r.out()).contains("us-east-1: the built-in catalog needs a look:");
      assertThat(r.out().lines()).anyMatch(l -> l.matches("trn3\\.48xlarge +not in catalog .*"));
      assertThat(stub.requests()).hasSize(2);
    }
  }

  @Test
  void aFailedCallFailsTheJob() {
    try (AwsStub stub = AwsStub.start()) {
      stub.ec2Error(403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
      CliResult r = runScript(env(stub.endpoint(), "us-east-1"));
      assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
      assertThat(r.err()).contains("AWS denied ec2:DescribeInstanceTypes", "us-east-1: neuron-ecs catalog --check failed (exit 1)");
    }
  }

  @Test
  void theWorkflowRunsTheScriptOnASchedule() throws IOException {
    Object workflow = JsonReader.read(new YAMLFactory(), Files.readString(WORKFLOW), WORKFLOW.toString(), "YAML");
    assertThat(Tree.string(workflow, "on.schedule.0.cron")).matches("[0-9]+ [0-9]+ \\* \\* [0-6]");
    List<Object> steps = Tree.list(workflow, "jobs.catalog-check.steps");
    Object check = steps.stream().filter(s -> "Compare the catalog with EC2".equals(Tree.at(s, "name"))).findFirst().orElseThrow();
    assertThat(Tree.string(check, "run")).contains("examples/ci/catalog-check.sh");
    Object keep = steps.get(steps.size() - 1);
    assertThat(Tree.string(keep, "with.path")).startsWith(Tree.string(check, "env.REPORT_DIR"));
    assertThat(Tree.string(keep, "if")).isEqualTo("always()");
  }
}
