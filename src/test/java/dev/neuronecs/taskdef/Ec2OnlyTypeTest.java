package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.Ec2Facts;
import dev.neuronecs.catalog.Ec2Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Task definitions for a type only EC2 describes (--from-ec2): a Trn3 server with Trainium3 chips. */
class Ec2OnlyTypeTest {
  private final TaskDefinitionBuilder builder =
      new TaskDefinitionBuilder(Catalog.builtIn().with(Ec2Row.build(Catalog.builtIn(), Ec2Facts.trn3(), "EC2 in us-east-1").type()));

  @Test
  void buildsWithTheImageGiven() {
    Generated g = builder.build(TaskRequest.builder("trn3.48xlarge").image("me/train:1").build());
    TaskDefinition td = g.taskDefinition();
    assertThat(g.notes()).isEmpty();
    assertThat(td.family()).isEqualTo("neuron-trn3-48xlarge");
    assertThat(td.container().name()).isEqualTo("neuron-trn3");
    assertThat(td.container().linuxParameters().devices()).hasSize(16);
    assertThat(td.placementConstraints()).containsExactly(new PlacementConstraint("memberOf", "attribute:ecs.instance-type == trn3.48xlarge"));
    assertThat(td.cpu()).isEqualTo(Integer.toString(192 * 1024));
    assertThat(Integer.parseInt(td.memory())).isEqualTo(Resources.defaultMemory(builder.instanceType(TaskRequest.builder("trn3.48xlarge").build()), 16));
  }

  @Test
  void hasNoDefaultImageEvenWithAPreset() {
    assertThatThrownBy(() -> builder.build(TaskRequest.builder("trn3.48xlarge").build()))
        .hasMessageContaining("trn3.48xlarge carries Trainium3 chips, for which neuron-ecs has no default image; give --image");
    assertThatThrownBy(() -> builder.build(TaskRequest.builder("trn3.48xlarge").preset("vllm").model("m").build()))
        .hasMessageContaining("no default image");
  }

  @Test
  void partOfTheChipsIsRefusedBecauseTheTopologyIsUnknown() {
    assertThatThrownBy(() -> builder.build(TaskRequest.builder("trn3.48xlarge").image("x/y:1").chips(4).build()))
        .hasMessageContaining("trn3.48xlarge takes 16 chips per task, not 4 (its chips form a group of unknown topology)");
  }

  @Test
  void logicalCoresFollowTheTrainium2Rule() {
    assertThat(LogicalCores.perChip(builder.instanceType(TaskRequest.builder("trn3.48xlarge").build()).chipFamily(),
        List.of(new KeyValue(LogicalCores.ENV, "1")))).isEqualTo(8);
  }
}
