package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.ExternalTool;
import dev.neuronecs.testing.JavaProcess;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Processes;
import dev.neuronecs.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** examples/ci/register-if-changed.sh, run by sh against moto_server with neuron-ecs and aws on PATH. */
@ExtendWith(MotoServer.class)
class CiRecipeTest {
  private static final Path SCRIPT = Path.of("examples/ci/register-if-changed.sh");

  @TempDir Path dir;

  private Map<String, String> env(MotoServer moto) {
    JavaProcess.launcher(dir);
    String awsDir = Path.of(ExternalTool.require("aws")).getParent().toString();
    Map<String, String> env = new HashMap<>(AwsEnv.withRegion("us-east-1"));
    env.put("AWS_ENDPOINT_URL", moto.endpoint());
    env.put("PATH", dir + ":" + awsDir + ":/usr/local/bin:/usr/bin:/bin");
    env.put("GITHUB_OUTPUT", dir.resolve("github-output").toString());
    return env;
  }

  private void write(Path file, String... genOptions) throws IOException {
    String[] args = new String[genOptions.length + 1];
    args[0] = "gen";
    System.arraycopy(genOptions, 0, args, 1, genOptions.length);
    CliResult gen = Cli.run(args);
    assertThatRun(gen).succeeded();
    Files.writeString(file, gen.out());
  }

  @Test
  void registersOnlyWhatChangedAndUpdatesTheService(MotoServer moto) throws IOException {
    Map<String, String> env = env(moto);
    Path taskdef = dir.resolve("taskdef.json");
    write(taskdef, "--instance", "inf2.xlarge", "--family", "ci-recipe", "--image", "repo/app:1");

    CliResult first = Processes.run(List.of("sh", SCRIPT.toString(), taskdef.toString()), env);
    assertThatRun(first).succeeded().stdoutContains("task definition changed", "\"action\": \"registered\"", "\"revision\": 1");
    assertThat(Files.readString(dir.resolve("github-output")))
        .contains("task-definition-arn=arn:aws:ecs:us-east-1:123456789012:task-definition/ci-recipe:1", "action=registered");

    CliResult second = Processes.run(List.of("sh", SCRIPT.toString(), taskdef.toString()), env);
    assertThatRun(second).succeeded().stdoutContains("task definition unchanged", "\"action\": \"unchanged\"", "\"revision\": 1");

    AwsCli aws = AwsCli.against(moto, "us-east-1");
    assertThatRun(aws.run("ecs", "create-cluster", "--cluster-name", "ci-cluster")).succeeded();
    assertThatRun(aws.run("ecs", "create-service", "--cluster", "ci-cluster", "--service-name", "ci-svc",
        "--task-definition", "ci-recipe:1", "--desired-count", "0")).succeeded();
    write(taskdef, "--instance", "inf2.xlarge", "--family", "ci-recipe", "--image", "repo/app:2");
    Map<String, String> withService = new HashMap<>(env);
    withService.put("CLUSTER", "ci-cluster");
    withService.put("SERVICE", "ci-svc");
    CliResult third = Processes.run(List.of("sh", SCRIPT.toString(), taskdef.toString()), withService);
    assertThatRun(third).succeeded().stdoutContains("\"revision\": 2");
    assertThat(third.err()).contains("~ containerDefinitions[name=neuron-inf2].image: \"repo/app:1\" -> \"repo/app:2\"");
    CliResult service = aws.run("ecs", "describe-services", "--cluster", "ci-cluster", "--services", "ci-svc");
    assertThat(Tree.string(JsonReader.read(service.out(), "describe"), "services.0.taskDefinition")).endsWith("task-definition/ci-recipe:2");
  }

  @Test
  void aFailureStopsTheScript(MotoServer moto) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"family\": \"ci-bad\", \"containerDefinitions\": [{\"nme\": \"x\"}]}");
    CliResult r = Processes.run(List.of("sh", SCRIPT.toString(), bad.toString()), env(moto));
    assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
    assertThat(r.err()).contains("unknown key 'containerDefinitions[0].nme'", "neuron-ecs diff failed (exit 2)");
  }
}
