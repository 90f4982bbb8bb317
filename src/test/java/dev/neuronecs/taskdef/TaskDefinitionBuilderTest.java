package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskDefinitionBuilderTest {
  private final TaskDefinitionBuilder builder = new TaskDefinitionBuilder(Catalog.builtIn());

  private TaskDefinition build(TaskRequest.Builder request) {
    return builder.build(request.build()).taskDefinition();
  }

  @Test
  void mapsEveryChipAndPinsTheInstanceType() {
    TaskDefinition td = build(TaskRequest.builder("INF2.24xlarge"));
    assertThat(td.family()).isEqualTo("neuron-inf2-24xlarge");
    assertThat(td.requiresCompatibilities()).containsExactly("EC2");
    assertThat(td.placementConstraints())
        .containsExactly(new PlacementConstraint("memberOf", "attribute:ecs.instance-type == inf2.24xlarge"));
    ContainerDefinition c = td.container();
    assertThat(c.essential()).isTrue();
    assertThat(c.linuxParameters().devices())
        .extracting(Device::hostPath)
        .containsExactly("/dev/neuron0", "/dev/neuron1", "/dev/neuron2", "/dev/neuron3", "/dev/neuron4", "/dev/neuron5");
    assertThat(c.linuxParameters().devices()).allSatisfy(d -> {
      assertThat(d.containerPath()).isEqualTo(d.hostPath());
      assertThat(d.permissions()).containsExactly("read", "write");
    });
    assertThat(c.linuxParameters().capabilitiesAdd()).containsExactly("IPC_LOCK");
    assertThat(c.env(TaskDefinitionBuilder.VISIBLE_CORES)).as("all chips: the runtime takes every core").isNull();
  }

  @Test
  void defaultImageDependsOnTheChipAndIsNoted() {
    Generated inf1 = builder.build(TaskRequest.builder("inf1.xlarge").build());
    assertThat(inf1.taskDefinition().container().image())
        .isEqualTo("763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-neuron:1.15.4-neuron-py37-ubuntu18.04");
    assertThat(inf1.notes()).singleElement().asString().contains("no --image given", "--region picks the registry");

    Generated inf1Tokyo = builder.build(TaskRequest.builder("inf1.xlarge").region("ap-northeast-1").build());
    assertThat(inf1Tokyo.taskDefinition().container().image()).startsWith("763104351884.dkr.ecr.ap-northeast-1.amazonaws.com/");

    Generated trn1 = builder.build(TaskRequest.builder("trn1.2xlarge").build());
    assertThat(trn1.taskDefinition().container().image()).isEqualTo(DefaultImages.NEURONX_INFERENCE);

    Generated given = builder.build(TaskRequest.builder("trn1.2xlarge").image("me/app:1").build());
    assertThat(given.taskDefinition().container().image()).isEqualTo("me/app:1");
    assertThat(given.notes()).isEmpty();
  }

  @Test
  void partOfTheChipsGetsItsShareAndItsCores() {
    InstanceType inf2 = Catalog.builtIn().require("inf2.24xlarge");
    TaskDefinition td = build(TaskRequest.builder("inf2.24xlarge").chips(2).firstChip(2));
    assertThat(td.family()).isEqualTo("neuron-inf2-24xlarge-chips2-3");
    assertThat(td.container().linuxParameters().devices()).extracting(Device::hostPath)
        .containsExactly("/dev/neuron2", "/dev/neuron3");
    assertThat(td.container().env("NEURON_RT_VISIBLE_CORES")).isEqualTo("4-7");
    assertThat(Integer.parseInt(td.cpu())).isEqualTo(inf2.cpuUnits() / 3);
    assertThat(Integer.parseInt(td.memory())).isEqualTo(inf2.memoryMiB() * 9 / 10 / 3);
  }

  @Test
  void defaultResourcesLeaveHeadroomBelowTheInstance() {
    for (InstanceType type : Catalog.builtIn().all()) {
      TaskDefinition td = build(TaskRequest.builder(type.name()));
      assertThat(Integer.parseInt(td.cpu())).isBetween(128, Math.min(type.cpuUnits(), 196608));
      assertThat(Integer.parseInt(td.memory())).isLessThan(Resources.maxMemory(type)).isPositive();
    }
  }

  @Test
  void userVisibleCoresWin() {
    TaskDefinition td = build(TaskRequest.builder("inf2.24xlarge").chips(1).env(new KeyValue("NEURON_RT_VISIBLE_CORES", "0")));
    assertThat(td.container().environment()).containsExactly(new KeyValue("NEURON_RT_VISIBLE_CORES", "0"));
  }

  @Test
  void laterEnvironmentValueWins() {
    TaskDefinition td = build(TaskRequest.builder("inf2.xlarge").env(new KeyValue("A", "1")).env(new KeyValue("B", "2")).env(new KeyValue("A", "3")));
    assertThat(td.container().environment()).containsExactly(new KeyValue("A", "3"), new KeyValue("B", "2"));
  }

  @Test
  void portsFollowTheNetworkMode() {
    TaskDefinition bridge = build(TaskRequest.builder("inf2.xlarge").port(PortMapping.parse("8501")).port(PortMapping.parse("8500:9000")));
    assertThat(bridge.networkMode()).isEqualTo("bridge");
    assertThat(bridge.container().portMappings())
        .containsExactly(new PortMapping(8501, null, "tcp"), new PortMapping(8500, 9000, "tcp"));

    TaskDefinition awsvpc = build(TaskRequest.builder("inf2.xlarge").networkMode("AWSVPC").port(PortMapping.parse("8501")));
    assertThat(awsvpc.networkMode()).isEqualTo("awsvpc");
    assertThat(awsvpc.container().portMappings()).containsExactly(new PortMapping(8501, 8501, "tcp"));

    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").networkMode("host").port(PortMapping.parse("8501:80"))))
        .hasMessageContaining("in host network mode the host port is the container port");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").networkMode("nat")))
        .hasMessageContaining("--network-mode 'nat' is not one of bridge, host, awsvpc");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").port(PortMapping.parse("80")).port(PortMapping.parse("80:81"))))
        .hasMessageContaining("--port 80/tcp is given twice");
  }

  @Test
  void cpuAndMemoryMustFitTheInstance() {
    assertThat(build(TaskRequest.builder("inf2.xlarge").cpu(4096).memory(15564)).memory()).isEqualTo("15564");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").cpu(4097)))
        .isInstanceOf(NeuronEcsException.class)
        .hasMessage("--cpu 4097 does not fit inf2.xlarge: give 128 to 4096 CPU units (4 vCPUs x 1024)");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").memory(16384)))
        .hasMessageContaining("--memory 16384 does not fit inf2.xlarge: give 6 to 15564 MiB");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").memory(0))).hasMessageContaining("give 6 to");
  }

  @Test
  void namesFollowEcsRules() {
    assertThat(build(TaskRequest.builder("inf2.xlarge").family("My_family-2").containerName("c")).family()).isEqualTo("My_family-2");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").family("my.family")))
        .hasMessage("--family 'my.family' is not a valid ECS name: use 1 to 255 letters, digits, '_' or '-'");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").containerName("")))
        .hasMessageStartingWith("--name '' is not a valid ECS name");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").family("x".repeat(256))))
        .hasMessageContaining("not a valid ECS name");
  }

  @Test
  void imageMustNotBeEmpty() {
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").image("  "))).hasMessageStartingWith("--image is empty");
  }

  @Test
  void logsNeedARegion() {
    TaskDefinition td = build(TaskRequest.builder("inf2.xlarge").logGroup("/ecs/serve").region("eu-west-1"));
    assertThat(td.container().logConfiguration().logDriver()).isEqualTo("awslogs");
    assertThat(td.container().logConfiguration().options())
        .containsEntry("awslogs-group", "/ecs/serve")
        .containsEntry("awslogs-region", "eu-west-1")
        .containsEntry("awslogs-stream-prefix", "neuron-inf2-xlarge");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").logGroup("/ecs/serve")))
        .hasMessageContaining("--log-group needs a region");
  }

  @Test
  void commandAndRolesPassThrough() {
    TaskDefinition td = build(TaskRequest.builder("trn1.2xlarge")
        .command(List.of("python", "train.py"))
        .entryPoint(List.of("/bin/sh", "-c"))
        .executionRoleArn("arn:aws:iam::123456789012:role/exec")
        .taskRoleArn("arn:aws:iam::123456789012:role/task"));
    assertThat(td.container().command()).containsExactly("python", "train.py");
    assertThat(td.container().entryPoint()).containsExactly("/bin/sh", "-c");
    assertThat(td.executionRoleArn()).endsWith("role/exec");
    assertThat(td.taskRoleArn()).endsWith("role/task");
  }

  @Test
  void instanceIsRequired() {
    assertThatThrownBy(() -> build(TaskRequest.builder(null))).hasMessageStartingWith("--instance is required");
  }

  @Test
  void logicalCoreSettingChangesTrainium2CoreNumbers() {
    TaskDefinition lnc2 = build(TaskRequest.builder("trn2.48xlarge").chips(4).firstChip(4));
    assertThat(lnc2.container().env(TaskDefinitionBuilder.VISIBLE_CORES)).isEqualTo("16-31");
    TaskDefinition lnc1 =
        build(TaskRequest.builder("trn2.48xlarge").chips(4).firstChip(4).env(new KeyValue(LogicalCores.ENV, "1")));
    assertThat(lnc1.container().env(TaskDefinitionBuilder.VISIBLE_CORES))
        .as("LNC=1: all 8 physical cores of chips 4-7")
        .isEqualTo("32-63");
    assertThat(lnc1.container().env(LogicalCores.ENV)).isEqualTo("1");
    TaskDefinition trn1 =
        build(TaskRequest.builder("trn1.32xlarge").chips(4).firstChip(4).env(new KeyValue(LogicalCores.ENV, "1")));
    assertThat(trn1.container().env(TaskDefinitionBuilder.VISIBLE_CORES))
        .as("LNC applies to Trn2 only; Trn1 keeps 2 cores per chip")
        .isEqualTo("8-15");
    assertThatThrownBy(() -> build(TaskRequest.builder("trn2.48xlarge").env(new KeyValue(LogicalCores.ENV, "4"))))
        .isInstanceOf(NeuronEcsException.class)
        .hasMessageContaining("--env NEURON_LOGICAL_NC_CONFIG=4 is not 1 or 2");
  }
}
