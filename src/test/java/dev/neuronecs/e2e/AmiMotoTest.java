package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.MotoCli;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** ami against moto_server's copy of the public SSM parameters, checked with the real AWS CLI. */
@ExtendWith(MotoServer.class)
class AmiMotoTest {
  private static final String AL2023 = "/aws/service/ecs/optimized-ami/amazon-linux-2023/neuron/recommended";

  @TempDir Path dir;

  private static String awsCliImageId(MotoServer moto, String region, String parameter) {
    CliResult r = AwsCli.against(moto, region).run("ssm", "get-parameter", "--name", parameter + "/image_id");
    assertThatRun(r).succeeded();
    return Tree.string(JsonReader.read(r.out(), "aws"), "Parameter.Value");
  }

  @Test
  void twoRegionsTwoImagesAsTheAwsCliSees(MotoServer moto) {
    CliResult east = MotoCli.run(moto, AwsEnv.withRegion("us-east-1"), "", "ami");
    CliResult west = MotoCli.run(moto, AwsEnv.withRegion("us-east-1"), "", "ami", "--region", "eu-west-1");
    assertThatRun(east).succeeded();
    assertThatRun(west).succeeded();
    assertThat(east.err()).isEmpty();
    assertThat(east.out()).matches("ami-[0-9a-f]+\n").isEqualTo(awsCliImageId(moto, "us-east-1", AL2023) + "\n");
    assertThat(west.out()).isEqualTo(awsCliImageId(moto, "eu-west-1", AL2023) + "\n").isNotEqualTo(east.out());
  }

  @Test
  void jsonHasTheImageDetails(MotoServer moto) {
    CliResult r = MotoCli.run(moto, "ami", "--instance", "trn1.32xlarge", "-o", "json");
    assertThatRun(r).succeeded();
    Map<String, Object> ami = assertThatRun(r).stdoutJsonObject();
    assertThat(ami).containsEntry("os", "Amazon Linux 2023").containsEntry("region", "us-east-1").containsEntry("parameter", AL2023)
        .containsKeys("imageName", "ecsAgentVersion", "ecsRuntimeVersion");
    assertThat((String) ami.get("imageName")).contains("neuron");
  }

  @Test
  void amazonLinux2HasANoteAndItsOwnParameter(MotoServer moto) {
    CliResult r = MotoCli.run(moto, "ami", "--os", "al2-kernel-5.10");
    assertThatRun(r).succeeded().stderrContains("end of support on 2026-06-30");
    assertThat(r.out()).isEqualTo(awsCliImageId(moto, "us-east-1", "/aws/service/ecs/optimized-ami/amazon-linux-2/kernel-5.10/inf/recommended") + "\n");
  }

  @Test
  void inf1OnAl2023GetsTheDriverNote(MotoServer moto) {
    assertThatRun(MotoCli.run(moto, "ami", "--instance", "Inf1.6xlarge")).succeeded().stderrContains("neuron-inf1-downgrade.service");
  }

  @Test
  void aRegionWithoutTheAmiIsOneLine(MotoServer moto) {
    CliResult r = MotoCli.run(moto, "ami", "--region", "cn-north-1");
    assertThatRun(r).exitedWith(1).stderrContains("neuron-ecs: error: the Neuron ECS AMI is not published in cn-north-1");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("cn-north-1 is not among the 17 regions").doesNotContain("\tat ");
  }

  @Test
  void aRegionTheGuideDoesNotListStillWorksWithANote(MotoServer moto) {
    CliResult r = MotoCli.run(moto, "ami", "--region", "ap-south-2");
    assertThatRun(r).succeeded().stderrContains("ap-south-2 is not among the 17 regions the AWS guide lists");
    assertThat(r.out()).isEqualTo(awsCliImageId(moto, "ap-south-2", AL2023) + "\n");
  }

  @Test
  void regionAndCredentialsFromAProfile(MotoServer moto) throws IOException {
    Path config = Files.writeString(dir.resolve("config"), "[profile ci]\nregion = eu-central-1\n");
    Path credentials = Files.writeString(dir.resolve("credentials"),
        "[ci]\naws_access_key_id = AKIAPROFILE000000000\naws_secret_access_key = profileSecret0123456789\n");
    Map<String, String> env = AwsEnv.noCredentials();
    env.put("AWS_CONFIG_FILE", config.toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
    CliResult r = MotoCli.run(moto, env, "", "ami", "--profile", "ci", "--verbose");
    assertThatRun(r).succeeded().stderrContains("(region eu-central-1), credentials from profile 'ci'");
    assertThat(r.out()).isEqualTo(awsCliImageId(moto, "eu-central-1", AL2023) + "\n");
    assertThat(r.err() + r.out()).doesNotContain("profileSecret0123456789", "AKIAPROFILE000000000");

    CliResult missing = MotoCli.run(moto, env, "", "ami", "--profile", "nope");
    assertThatRun(missing).isBadInput().stderrContains("AWS profile 'nope' is not in");
  }
}
