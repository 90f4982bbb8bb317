package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Tree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every slot of real plans, printed with --slot, registered by the real AWS CLI against
 * moto_server and read back: the chips, cores, host ports and constraint ECS stored are the
 * plan's, and no two slots share a chip or a host port.
 */
@ExtendWith(MotoServer.class)
class PlanAwsCliTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "--instance trn1.32xlarge --tasks 4",
        "--instance inf2.48xlarge --tasks 6 --port 8080",
        "--instance trn2.48xlarge --chips-per-task 4 --network-mode host --port 8080",
        "--instance trn2u.48xlarge --tasks 2 --env NEURON_LOGICAL_NC_CONFIG=1",
        "--instance inf1.24xlarge --chips-per-task 4 --port 8500:9500/udp",
        "--instance inf2.24xlarge --chips-per-task 4",
        "--instance inf2.24xlarge --tasks 3 --network-mode awsvpc --port 8080",
        "--instance trn2.3xlarge --tasks 1",
      })
  void everySlotIsAcceptedAndReadBack(String options, MotoServer moto) {
    String[] plan = Stream.concat(Stream.of("plan", "--image", "example/app:1"), Stream.of(options.split(" "))).toArray(String[]::new);
    CliResult all = Cli.run(plan);
    assertThatRun(all).succeeded();
    List<Object> slots = assertThatRun(all).stdoutJsonArray();
    AwsCli aws = AwsCli.against(moto, "us-east-1");
    String networkMode = options.contains("awsvpc") ? "awsvpc" : options.contains("host") ? "host" : "bridge";

    Set<String> devicesSeen = new HashSet<>();
    Set<Object> hostPortsSeen = new HashSet<>();
    for (int i = 0; i < slots.size(); i++) {
      CliResult one = Cli.run(Stream.concat(Stream.of(plan), Stream.of("--slot", Integer.toString(i))).toArray(String[]::new));
      assertThatRun(one).succeeded();
      CliResult registered = aws.run("ecs", "register-task-definition", "--cli-input-json", one.out());
      assertThatRun(registered).succeeded();
      String arn = Tree.string(JsonReader.read(registered.out(), "register"), "taskDefinition.taskDefinitionArn");
      CliResult described = aws.run("ecs", "describe-task-definition", "--task-definition", arn);
      assertThatRun(described).succeeded();
      Object td = Tree.at(JsonReader.read(described.out(), "describe"), "taskDefinition");
      Object sent = slots.get(i);

      assertThat(Tree.string(td, "family")).isEqualTo(Tree.string(sent, "family"));
      assertThat(Tree.string(td, "networkMode")).isEqualTo(networkMode);
      assertThat(Tree.list(td, "placementConstraints")).isEqualTo(Tree.list(sent, "placementConstraints"));
      List<String> devices = hostPaths(td);
      assertThat(devices).isEqualTo(hostPaths(sent)).isNotEmpty();
      for (String d : devices) {
        assertThat(devicesSeen.add(d)).as("%s in one slot only", d).isTrue();
      }
      assertThat(env(td, "NEURON_RT_VISIBLE_CORES")).isEqualTo(env(sent, "NEURON_RT_VISIBLE_CORES"));
      Object ports = Tree.at(td, "containerDefinitions.0.portMappings");
      assertThat(ports).isEqualTo(Tree.at(sent, "containerDefinitions.0.portMappings"));
      if (!networkMode.equals("awsvpc")) {
        for (Object p : Tree.list(td, "containerDefinitions.0.portMappings")) {
          Map<?, ?> mapping = (Map<?, ?>) p;
          assertThat(hostPortsSeen.add(mapping.get("hostPort") + "/" + mapping.get("protocol")))
              .as("host port %s in one slot only", mapping.get("hostPort"))
              .isTrue();
        }
      }
    }
    assertThat(devicesSeen).as("slots of %s", options).hasSizeGreaterThanOrEqualTo(slots.size());
  }

  @Test
  void trn1FourByFourSlotTwoIsChipsEightToEleven(MotoServer moto) {
    CliResult slot = Cli.run("plan", "--instance", "trn1.32xlarge", "--tasks", "4", "--image", "example/app:1", "--slot", "2");
    AwsCli aws = AwsCli.against(moto, "us-east-1");
    CliResult registered = aws.run("ecs", "register-task-definition", "--cli-input-json", slot.out());
    assertThatRun(registered).succeeded();
    Object td = Tree.at(JsonReader.read(registered.out(), "register"), "taskDefinition");
    assertThat(hostPaths(td)).containsExactly("/dev/neuron8", "/dev/neuron9", "/dev/neuron10", "/dev/neuron11");
    assertThat(env(td, "NEURON_RT_VISIBLE_CORES")).isEqualTo("16-23");
    assertThat(Tree.list(td, "containerDefinitions.0.portMappings"))
        .containsExactly(Map.of("containerPort", 31002, "hostPort", 31002, "protocol", "tcp"));
    assertThat(Tree.list(td, "placementConstraints"))
        .containsExactly(Map.of("type", "memberOf", "expression", "attribute:ecs.instance-type == trn1.32xlarge"));
  }

  @Test
  void exampleScriptRegistersEverySlotAndRunsOneServicePerSlot(MotoServer moto) {
    AwsCli aws = AwsCli.against(moto, "eu-west-1");
    assertThatRun(aws.run("ecs", "create-cluster", "--cluster-name", "neuron")).succeeded();
    Path script = Path.of("examples", "plan", "run-slots.sh");
    Path dir = Path.of("examples", "plan", "inf2.48xlarge-6-tasks");

    CliResult first = aws.runScript(script, dir.toString(), "neuron", "2");
    assertThatRun(first).succeeded();
    assertThat(first.out().lines()).hasSize(6).contains("neuron-inf2-48xlarge-chips10-11");
    CliResult again = aws.runScript(script, dir.toString(), "neuron", "3");
    assertThatRun(again).as("a second run updates the services").succeeded();

    List<String> names = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      names.add("neuron-inf2-48xlarge-chips" + 2 * i + "-" + (2 * i + 1));
    }
    List<String> args = new ArrayList<>(List.of("ecs", "describe-services", "--cluster", "neuron", "--services"));
    args.addAll(names);
    CliResult described = aws.run(args.toArray(String[]::new));
    assertThatRun(described).succeeded();
    List<Object> services = Tree.list(JsonReader.read(described.out(), "describe-services"), "services");
    assertThat(services).hasSize(6);
    for (Object s : services) {
      String name = Tree.string(s, "serviceName");
      assertThat(names).contains(name);
      // real ECS answers with the ARN, moto with the "family:revision" it was given
      assertThat(Tree.string(s, "taskDefinition")).as("revision 2 after the second run").endsWith(name + ":2");
      assertThat(Tree.at(s, "desiredCount")).isEqualTo(3);
    }

    CliResult usage = aws.runScript(script, dir.toString());
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).contains("usage:");
  }

  private static List<String> hostPaths(Object td) {
    List<String> paths = new ArrayList<>();
    for (Object d : Tree.list(td, "containerDefinitions.0.linuxParameters.devices")) {
      paths.add((String) ((Map<?, ?>) d).get("hostPath"));
    }
    return paths;
  }

  private static String env(Object td, String name) {
    Object list = ((Map<?, ?>) Tree.at(td, "containerDefinitions.0")).get("environment");
    if (list == null) {
      return null;
    }
    for (Object e : (List<?>) list) {
      if (name.equals(((Map<?, ?>) e).get("name"))) {
        return (String) ((Map<?, ?>) e).get("value");
      }
    }
    return null;
  }
}
