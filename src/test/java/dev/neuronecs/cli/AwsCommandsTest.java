package dev.neuronecs.cli;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input to the AWS commands is caught before any call: exit 2, one line. The endpoint is a
 * closed port, so a call that slipped through would fail with exit 1 instead.
 */
class AwsCommandsTest {
  @TempDir static Path dir;

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("unknown-key.json"),
        "{\"family\": \"f\", \"containerDefinitions\": [{\"name\": \"c\", \"image\": \"i\", \"portMapings\": []}]}");
    Files.writeString(dir.resolve("not-json.json"), "{\"family\": \"f\",\n  oops}");
    Files.writeString(dir.resolve("array.json"), "[1, 2]");
    Files.writeString(dir.resolve("no-family.json"), "{\"containerDefinitions\": []}");
    Files.writeString(dir.resolve("ok.json"), "{\"family\": \"f\", \"containerDefinitions\": []}");
  }

  private static CliResult run(String line) {
    List<String> args = new ArrayList<>(List.of(line.replace("DIR", dir.toString()).split(" ")));
    args.add("--endpoint-url");
    args.add("http://127.0.0.1:9");
    return Cli.run(AwsEnv.withRegion("us-east-1"), args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "file and gen options | register --file DIR/ok.json --instance inf2.xlarge --env A=1 | --file and --instance, --env cannot be combined",
        "no input             | register                                    | give --instance TYPE (with the other gen options), --spec FILE, or --file FILE",
        "unknown key          | diff --file DIR/unknown-key.json            | unknown key 'containerDefinitions[0].portMapings' in the task definition (did you mean portMappings?)",
        "not JSON             | register --file DIR/not-json.json           | not-json.json:2:3: not JSON",
        "no such file         | register --file DIR/missing.json            | missing.json: no such file",
        "not an object        | register --file DIR/array.json              | must hold a JSON object",
        "no family            | diff --file DIR/no-family.json              | the task definition has no family",
        "bad gen option       | register --instance inf9.xlarge             | unknown instance type 'inf9.xlarge'",
        "diff format          | diff --file DIR/ok.json -o xml              | unknown output format 'xml'; use text or json",
        "ami os               | ami --os ubuntu                             | unknown --os 'ubuntu'",
        "ami instance         | ami --instance p4d.24xlarge                 | unknown instance type 'p4d.24xlarge'",
        "run count low        | run --cluster c --task-definition t --count 0  | --count 0 is out of range; RunTask starts 1 to 10 tasks",
        "run count high       | run --cluster c --task-definition t --count 11 | --count 11 is out of range",
        "run no cluster       | run --task-definition t                     | Missing required option: '--cluster=CLUSTER'",
        "timeout              | ami --timeout 0                             | --timeout 0 is out of range; give 1 to 3600 seconds",
        "timeout not a number | ami --timeout soon                          | '--timeout'",
        "region malformed     | ami --region Virginia                       | 'Virginia' is not an AWS region name",
        "check format         | catalog --check -o markdown                 | unknown output format 'markdown'; use table or json",
        "aws without check    | catalog                                     | --endpoint-url is for comparing with EC2; add --check",
        "aws without from-ec2 | gen --instance inf2.xlarge                  | --endpoint-url is used only with --from-ec2",
        "plan without from-ec2| plan --instance inf2.xlarge --tasks 1       | --endpoint-url is used only with --from-ec2",
        "from-ec2 no instance | gen --from-ec2                              | --from-ec2 builds the type --instance names; add --instance TYPE",
        "from-ec2 and file    | register --file DIR/ok.json --from-ec2       | --file and --from-ec2 cannot be combined",
        "from-ec2 timeout     | gen --instance inf2.xlarge --from-ec2 --timeout 0 | --timeout 0 is out of range",
        "unknown suggests     | diff --instance trn3.48xlarge               | or add --from-ec2 to build a type launched after this release",
      })
  void badInputIsCaughtBeforeAnyCall(String name, String line, String message) {
    assertThatRun(run(line)).isBadInput().stderrContains("neuron-ecs: error: ", message);
  }

  @Test
  void aBadEndpointUrlIsBadInput() {
    CliResult r = Cli.run(AwsEnv.withRegion("us-east-1"), "ami", "--endpoint-url", "localhost:4566");
    assertThatRun(r).isBadInput().stderrContains("--endpoint-url 'localhost:4566' is not an http(s) URL");
  }

  @Test
  void helpListsTheAwsOptionsAndTheirEnvironment() {
    for (String command : List.of("register", "diff", "ami", "run")) {
      CliResult r = Cli.run(command, "--help");
      assertThatRun(r).succeeded();
      assertThat(r.out()).contains("--region", "--profile", "--endpoint-url", "--timeout", "AWS_ENDPOINT_URL", "Exit codes:");
    }
    assertThat(Cli.run("register", "--help").out()).contains("--force", "--dry-run", "--file", "--instance");
    assertThat(Cli.run("run", "--help").out()).contains("--print-cli", "--count");
  }
}
