package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.ChipFamily;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each preset (and managed mode) on each family it supports, registered by the real AWS CLI against moto. */
@ExtendWith(MotoServer.class)
class PresetAwsCliTest {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (InstanceType t : Catalog.builtIn().all()) {
      ChipFamily chip = t.chipFamily();
      if (chip == ChipFamily.INFERENTIA) {
        cases.add(Arguments.of(t.name(), "tf-serving", List.of("--model", "s3://my-bucket/models/resnet50_neuron")));
      } else {
        cases.add(Arguments.of(t.name(), "vllm", List.of("--model", "meta-llama/Llama-3.1-8B-Instruct")));
        cases.add(Arguments.of(t.name(), "managed", List.of("--mode", "managed")));
      }
      if (chip == ChipFamily.TRAINIUM || chip == ChipFamily.TRAINIUM2) {
        cases.add(Arguments.of(t.name(), "training", List.of("--command", "torchrun --nproc_per_node=32 train.py")));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void registersAndReadsBack(String type, String preset, List<String> extra, MotoServer moto) {
    String family = "e2e-" + preset + "-" + type.replace('.', '-');
    List<String> args = new ArrayList<>(List.of("gen", "--instance", type, "--family", family));
    if (!preset.equals("managed")) {
      args.addAll(List.of("--preset", preset));
    }
    args.addAll(extra);
    CliResult gen = Cli.run(args.toArray(String[]::new));
    assertThatRun(gen).succeeded();

    AwsCli aws = AwsCli.against(moto, "us-east-1");
    assertThatRun(aws.run("ecs", "register-task-definition", "--cli-input-json", gen.out())).succeeded();
    CliResult described = aws.run("ecs", "describe-task-definition", "--task-definition", family);
    assertThatRun(described).succeeded();
    Object td = Tree.at(JsonReader.read(described.out(), "describe"), "taskDefinition");
    Object container = Tree.at(td, "containerDefinitions.0");
    InstanceType t = Catalog.builtIn().require(type);
    switch (preset) {
      case "managed" -> {
        assertThat(Tree.list(td, "requiresCompatibilities")).containsExactly("MANAGED_INSTANCES");
        assertThat(Tree.string(container, "resourceRequirements.0.type")).isEqualTo("NeuronDevice");
        assertThat(Tree.string(container, "resourceRequirements.0.value")).isEqualTo("ALL");
      }
      case "training" -> {
        assertThat(Tree.list(container, "linuxParameters.devices")).hasSize(t.chips() + t.maxEfaInterfaces());
        assertThat(Tree.string(container, "ulimits.0.name")).isEqualTo("memlock");
        assertThat(Tree.at(container, "ulimits.0.hardLimit")).isEqualTo(-1);
        assertThat((Integer) Tree.at(container, "linuxParameters.sharedMemorySize")).isPositive();
      }
      case "vllm" -> {
        assertThat(Tree.list(container, "command")).contains("--tensor-parallel-size", Integer.toString(t.visibleCores()));
        assertThat(Tree.string(container, "healthCheck.command.0")).isEqualTo("CMD-SHELL");
      }
      default -> {
        assertThat(Tree.list(container, "portMappings")).hasSize(2);
        assertThat(Tree.string(container, "healthCheck.command.1")).contains("/v1/models/resnet50_neuron");
      }
    }
  }
}
