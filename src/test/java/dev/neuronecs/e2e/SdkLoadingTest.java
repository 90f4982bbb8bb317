package dev.neuronecs.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.JavaProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The AWS SDK stays off the start-up path: a fresh JVM, with class loading logged, runs the
 * commands that need no AWS and must not load a single SDK class. An AWS command is the check that
 * the log would show them.
 */
class SdkLoadingTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "gen --instance inf2.24xlarge", "catalog", "catalog -o json inf2.xlarge", "plan --instance inf2.48xlarge --tasks 2",
      "--help", "register --help", "run --help", "catalog --help", "gen --help"})
  void commandsWithoutAwsLoadNoSdkClass(String command) throws IOException {
    Path log = dir.resolve("classes.log");
    CliResult r = JavaProcess.main(List.of("-Xlog:class+load=info:file=" + log), Map.of(), command.split(" "));
    assertThat(r.exitCode()).as("%s", r).isZero();
    List<String> loaded = Files.readAllLines(log);
    assertThat(loaded).as("the class-load log").anyMatch(line -> line.contains("dev.neuronecs.Main"));
    assertThat(loaded).filteredOn(line -> line.contains("software.amazon.awssdk")).isEmpty();
  }

  @Test
  void anAwsCommandDoesLoadTheSdkAndFailsInOneLine() throws IOException {
    Path log = dir.resolve("classes.log");
    Map<String, String> env = AwsEnv.withRegion("us-east-1");
    CliResult r = JavaProcess.main(
        List.of("-Xlog:class+load=info:file=" + log), env,
        "ami", "--endpoint-url", "http://127.0.0.1:" + closedPort(), "--timeout", "10");
    assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).as("%s", r).hasSize(1);
    assertThat(r.err()).startsWith("neuron-ecs: error: cannot reach SSM at http://127.0.0.1:").doesNotContain("SLF4J");
    assertThat(Files.readAllLines(log)).anyMatch(line -> line.contains("software.amazon.awssdk.services.ssm.SsmClient"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"catalog --check", "gen --instance trn1.2xlarge --from-ec2"})
  void theEc2PathsLoadTheEc2ClientAndFailInOneLine(String command) throws IOException {
    Path log = dir.resolve("classes.log");
    List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--endpoint-url", "http://127.0.0.1:" + closedPort(), "--timeout", "10"));
    CliResult r = JavaProcess.main(
        List.of("-Xlog:class+load=info:file=" + log), AwsEnv.withRegion("us-east-1"), args.toArray(String[]::new));
    assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).as("%s", r).hasSize(1);
    assertThat(r.err()).startsWith("neuron-ecs: error: cannot reach EC2 at http://127.0.0.1:").doesNotContain("SLF4J");
    assertThat(Files.readAllLines(log)).anyMatch(line -> line.contains("software.amazon.awssdk.services.ec2.Ec2Client"));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
