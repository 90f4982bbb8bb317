package dev.neuronecs.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Catalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class AmiTest {
  /** The value of /recommended as real SSM returns it (neuron-facts.md §5.2): a JSON string. */
  public static final String REAL_VALUE =
      "{\"ecs_agent_version\":\"1.88.0\",\"ecs_runtime_version\":\"Docker version 25.0.6\",\"image_id\":\"ami-0281c9a5cd9de63bd\","
          + "\"image_name\":\"al2023-ami-ecs-hvm-2023.0.20241115-kernel-6.1-x86_64\",\"image_version\":\"2023.0.20241115\","
          + "\"os\":\"Amazon Linux 2023\",\"schema_version\":1,\"source_image_name\":\"al2023-ami-minimal-2023.6.20241111.0-kernel-6.1-x86_64\"}";

  @Test
  void parsesTheRealStringFormat() {
    AmiDetails ami = AmiDetails.fromJson(REAL_VALUE, "test");
    assertThat(ami.imageId()).isEqualTo("ami-0281c9a5cd9de63bd");
    assertThat(ami.ecsAgentVersion()).isEqualTo("1.88.0");
    assertThat(ami.ecsRuntimeVersion()).isEqualTo("Docker version 25.0.6");
    assertThat(ami.os()).isEqualTo("Amazon Linux 2023");
  }

  @Test
  void olderValuesWithFewerKeysStillParse() {
    AmiDetails ami = AmiDetails.fromJson("{\"image_id\":\"ami-1\",\"image_name\":\"n\",\"os\":\"Amazon Linux 2\",\"schema_version\":1,\"new_key\":[1]}", "t");
    assertThat(ami.tree("us-east-1", AmiVariant.AL2))
        .containsEntry("imageId", "ami-1")
        .containsEntry("variant", "al2")
        .doesNotContainKey("sourceImageName");
  }

  @Test
  void aValueWithoutAnImageOrNotJsonIsAnAwsFailure() {
    assertThatThrownBy(() -> AmiDetails.fromJson("{\"os\":\"x\"}", "SSM parameter p"))
        .isInstanceOfSatisfying(NeuronEcsException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessageContaining("has no image_id");
    assertThatThrownBy(() -> AmiDetails.fromJson("ami-123", "SSM parameter p"))
        .isInstanceOfSatisfying(NeuronEcsException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE));
    assertThatThrownBy(() -> AmiDetails.fromParameters(Map.of(), "SSM parameter p")).hasMessageContaining("has no image_id");
  }

  @Test
  void variants() {
    assertThat(AmiVariant.parse("AL2023").parameter()).isEqualTo("/aws/service/ecs/optimized-ami/amazon-linux-2023/neuron/recommended");
    assertThat(AmiVariant.parse("al2").parameter()).isEqualTo("/aws/service/ecs/optimized-ami/amazon-linux-2/inf/recommended");
    assertThat(AmiVariant.parse("al2-kernel-5.10").parameter())
        .isEqualTo("/aws/service/ecs/optimized-ami/amazon-linux-2/kernel-5.10/inf/recommended");
    assertThatThrownBy(() -> AmiVariant.parse("al2024")).hasMessageContaining("unknown --os 'al2024' (did you mean").hasMessageEndingWith("use al2023, al2, al2-kernel-5.10");
  }

  @Test
  void notes() {
    Catalog catalog = Catalog.builtIn();
    assertThat(AmiVariant.AL2023.notes(null)).isEmpty();
    assertThat(AmiVariant.AL2023.notes(catalog.require("inf2.xlarge"))).isEmpty();
    assertThat(AmiVariant.AL2023.notes(catalog.require("inf1.xlarge"))).singleElement().asString().contains("neuron-inf1-downgrade.service");
    assertThat(AmiVariant.AL2.notes(null)).singleElement().asString().contains("2026-06-30");
    assertThat(AmiVariant.AL2_KERNEL_5_10.notes(catalog.require("trn1.2xlarge"))).singleElement().asString().contains("2026-06-30");
  }

  @Test
  void seedRegions() {
    assertThat(SeedRegions.REGIONS).hasSize(17).doesNotHaveDuplicates().contains("us-east-1", "sa-east-1");
    assertThat(SeedRegions.listed("ap-south-2")).isFalse();
  }
}
