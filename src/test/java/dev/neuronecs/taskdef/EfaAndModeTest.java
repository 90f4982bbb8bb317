package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EfaAndModeTest {
  private final TaskDefinitionBuilder builder = new TaskDefinitionBuilder(Catalog.builtIn());

  private TaskDefinition build(TaskRequest.Builder b) {
    return builder.build(b.build()).taskDefinition();
  }

  @Test
  void efaDevicesComeAfterTheChipsNeverInsteadOfThem() {
    TaskDefinition td = build(TaskRequest.builder("trn1n.32xlarge").efa(TaskRequest.EFA_ALL));
    List<String> paths = td.container().linuxParameters().devices().stream().map(Device::hostPath).toList();
    assertThat(paths).hasSize(32);
    assertThat(paths.subList(0, 16)).isEqualTo(Catalog.builtIn().require("trn1n.32xlarge").devicePaths());
    assertThat(paths.get(16)).isEqualTo("/dev/infiniband/uverbs0");
    assertThat(paths.get(31)).isEqualTo("/dev/infiniband/uverbs15");
    assertThat(td.container().ulimits()).containsExactly(Ulimit.unlimited("memlock"));
    assertThat(td.container().env("FI_PROVIDER")).isEqualTo("efa");
  }

  @Test
  void efaCountIsCheckedAgainstTheInstance() {
    assertThat(build(TaskRequest.builder("inf1.24xlarge").efa(1)).container().linuxParameters().devices()).hasSize(17);
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.48xlarge").efa(TaskRequest.EFA_ALL)))
        .hasMessage("inf2.48xlarge has no EFA; --efa works on inf1.24xlarge, trn1.32xlarge, trn1n.32xlarge, trn2.3xlarge, trn2.48xlarge, trn2u.48xlarge");
    assertThatThrownBy(() -> build(TaskRequest.builder("trn1.32xlarge").efa(9)))
        .hasMessage("--efa 9 does not fit trn1.32xlarge: it takes 1 to 8 EFA interfaces (--efa alone maps all 8)");
    assertThatThrownBy(() -> build(TaskRequest.builder("trn1.32xlarge").efa(0))).hasMessageContaining("takes 1 to 8");
  }

  @Test
  void efaTypesAreThoseWithInterfaces() {
    for (InstanceType t : Catalog.builtIn().all()) {
      if (t.maxEfaInterfaces() > 0) {
        assertThat(build(TaskRequest.builder(t.name()).efa(TaskRequest.EFA_ALL)).container().linuxParameters().devices())
            .hasSize(t.chips() + t.maxEfaInterfaces());
      }
    }
  }

  @Test
  void managedModeAsksEcsForEveryDevice() {
    TaskDefinition td = build(TaskRequest.builder("trn1.32xlarge").mode("MANAGED"));
    assertThat(td.requiresCompatibilities()).containsExactly("MANAGED_INSTANCES");
    assertThat(td.networkMode()).isEqualTo("awsvpc");
    assertThat(td.container().resourceRequirements()).containsExactly(new ResourceRequirement("NeuronDevice", "ALL"));
    assertThat(td.container().linuxParameters()).as("no mapped devices with NeuronDevice").isNull();
    assertThat(td.container().env("NEURON_RT_VISIBLE_CORES")).isNull();
    assertThat(build(TaskRequest.builder("trn1.32xlarge").mode("ec2")).requiresCompatibilities()).containsExactly("EC2");
  }

  @Test
  void managedModeRefusesInf1AndDeviceOptions() {
    assertThatThrownBy(() -> build(TaskRequest.builder("inf1.6xlarge").mode("managed")))
        .hasMessageContaining("ECS Managed Instances does not offer Inf1");
    for (TaskRequest.Builder b : List.of(
        TaskRequest.builder("trn1.32xlarge").mode("managed").chips(4),
        TaskRequest.builder("trn1.32xlarge").mode("managed").firstChip(0),
        TaskRequest.builder("trn1.32xlarge").mode("managed").efa(TaskRequest.EFA_ALL))) {
      assertThatThrownBy(() -> build(b)).hasMessageContaining("ECS says to use one approach only");
    }
    assertThatThrownBy(() -> build(TaskRequest.builder("trn1.32xlarge").mode("fargate"))).hasMessage("--mode 'fargate' is not ec2 or managed");
  }

  @Test
  void secretsTagsAndUlimits() {
    TaskDefinition td = build(TaskRequest.builder("inf2.xlarge")
        .secret(Secret.parse("HF_TOKEN=arn:aws:secretsmanager:us-east-1:1:secret:hf"))
        .tag(new KeyValue("team", "ml")).tag(new KeyValue("team", "ai"))
        .ulimit(Ulimit.parse("nofile=65536")).ulimit(Ulimit.parse("memlock=unlimited")));
    assertThat(td.container().secrets()).containsExactly(new Secret("HF_TOKEN", "arn:aws:secretsmanager:us-east-1:1:secret:hf"));
    assertThat(td.tags()).containsExactly(new KeyValue("team", "ai"));
    assertThat(td.container().ulimits()).containsExactly(new Ulimit("nofile", 65536, 65536), Ulimit.unlimited("memlock"));
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").env(new KeyValue("A", "1")).secret(new Secret("A", "arn"))))
        .hasMessageContaining("A is both an environment variable and a --secret");
    assertThatThrownBy(() -> Ulimit.parse("nofile=10:5")).hasMessageContaining("soft limit is above the hard limit");
    assertThatThrownBy(() -> Ulimit.parse("nofile=lots")).hasMessageContaining("limits are numbers");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").tag(new KeyValue("aws:owner", "x")))).hasMessageContaining("reserved");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").shmSize(0))).hasMessageContaining("--shm-size 0 must be 1 to");
  }
}
