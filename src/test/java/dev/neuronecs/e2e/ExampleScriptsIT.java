package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.ExternalTool;
import dev.neuronecs.testing.MotoServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example scripts under examples/ run as written: the real launcher, the real AWS CLI, and a
 * moto_server standing in for AWS (through AWS_ENDPOINT_URL, which both honour).
 */
@ExtendWith(MotoServer.class)
class ExampleScriptsIT {
  @ParameterizedTest
  @ValueSource(strings = {"serving/run.sh", "training/run.sh", "ci/gen-and-register.sh"})
  void scriptRegistersItsTaskDefinitions(String script, MotoServer moto) throws Exception {
    String aws = ExternalTool.require("aws");
    Path launcher = Path.of(System.getProperty("neuronecs.launcher", "bin/neuron-ecs")).toAbsolutePath();
    Path copy = Files.createTempDirectory("example-");
    Path examples = Path.of("examples").toAbsolutePath();
    copyTree(examples.resolve(script).getParent(), copy);

    ProcessBuilder pb = new ProcessBuilder("sh", copy.resolve(Path.of(script).getFileName()).toString());
    Map<String, String> env = pb.environment();
    env.put("PATH", launcher.getParent() + File.pathSeparator + new File(aws).getParent() + File.pathSeparator + env.get("PATH"));
    env.put("AWS_ENDPOINT_URL", moto.endpoint());
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_CONFIG_FILE", "/dev/null");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    env.put("MODEL_BUCKET", "models-bucket");
    env.put("TASK_ROLE_ARN", "arn:aws:iam::123456789012:role/read-models");
    env.put("HF_TOKEN_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:hf-token");
    env.put("EXECUTION_ROLE_ARN", "arn:aws:iam::123456789012:role/ecsTaskExecutionRole");
    env.put("MASTER_ADDR", "10.0.0.10");
    env.put("IMAGE_TAG", "build-42");
    Path out = copy.resolve("stdout.txt");
    Path err = copy.resolve("stderr.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("script finished").isTrue();
    CliResult r = new CliResult(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    assertThatRun(r).succeeded();
    assertThat(r.out().lines().toList())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("arn:aws:ecs:us-east-1:").contains(":task-definition/"));
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
