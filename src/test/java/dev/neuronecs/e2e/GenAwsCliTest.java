package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real gen output, for every instance type, registered by the real AWS CLI against moto_server. */
@ExtendWith(MotoServer.class)
class GenAwsCliTest {
  static Stream<InstanceType> types() {
    return Catalog.builtIn().all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void awsCliRegistersAndReadsBackTheDevicesAndConstraint(InstanceType type, MotoServer moto) {
    CliResult gen = Cli.run("gen", "--instance", type.name(), "--port", "8080", "--env", "MODE=e2e");
    assertThatRun(gen).succeeded();
    AwsCli aws = AwsCli.against(moto, "us-east-1");

    CliResult registered = aws.run("ecs", "register-task-definition", "--cli-input-json", gen.out());
    assertThatRun(registered).succeeded();

    String family = "neuron-" + type.name().replace('.', '-');
    CliResult described = aws.run("ecs", "describe-task-definition", "--task-definition", family);
    assertThatRun(described).succeeded();
    Object td = Tree.at(JsonReader.read(described.out(), "describe"), "taskDefinition");
    assertThat(Tree.string(td, "family")).isEqualTo(family);
    List<String> paths = new ArrayList<>();
    for (Object d : Tree.list(td, "containerDefinitions.0.linuxParameters.devices")) {
      paths.add((String) ((Map<?, ?>) d).get("hostPath"));
      assertThat(((Map<?, ?>) d).get("permissions")).isEqualTo(List.of("read", "write"));
    }
    assertThat(paths).isEqualTo(type.devicePaths());
    assertThat(Tree.list(td, "placementConstraints"))
        .containsExactly(Map.of("type", "memberOf", "expression", "attribute:ecs.instance-type == " + type.name()));
    assertThat(Tree.list(td, "containerDefinitions.0.linuxParameters.capabilities.add")).containsExactly("IPC_LOCK");
  }
}
