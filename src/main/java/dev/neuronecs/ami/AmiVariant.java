package dev.neuronecs.ami;

import dev.neuronecs.Closest;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.ChipFamily;
import dev.neuronecs.catalog.InstanceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Neuron ECS-optimized AMIs and the public SSM parameter that names the recommended image of
 * each in every region where it is published (ECS developer guide, "Retrieving Amazon
 * ECS-optimized Linux AMI metadata"; aws/amazon-ecs-ami).
 */
public enum AmiVariant {
  AL2023("al2023", "/aws/service/ecs/optimized-ami/amazon-linux-2023/neuron/recommended"),
  AL2("al2", "/aws/service/ecs/optimized-ami/amazon-linux-2/inf/recommended"),
  AL2_KERNEL_5_10("al2-kernel-5.10", "/aws/service/ecs/optimized-ami/amazon-linux-2/kernel-5.10/inf/recommended");

  private final String option;
  private final String parameter;

  AmiVariant(String option, String parameter) {
    this.option = option;
    this.parameter = parameter;
  }

  /** The {@code --os} value, e.g. "al2023". */
  public String option() {
    return option;
  }

  /** The SSM parameter whose sub-parameters ({@code image_id}, ...) describe the image. */
  public String parameter() {
    return parameter;
  }

  /** The variant for an {@code --os} value (any case); anything else is bad input. */
  public static AmiVariant parse(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    List<String> names = new ArrayList<>();
    for (AmiVariant v : values()) {
      if (v.option.equals(wanted)) {
        return v;
      }
      names.add(v.option);
    }
    throw NeuronEcsException.usage(
        "unknown --os '" + value + "'" + Closest.hint(value, names) + "; use " + String.join(", ", names));
  }

  /** What the user should know about this image, alone or for {@code type} (which may be null). */
  public List<String> notes(InstanceType type) {
    List<String> notes = new ArrayList<>();
    if (this != AL2023) {
      notes.add(
          "the Amazon Linux 2 ECS-optimized AMIs reach the end of support on 2026-06-30 and pin older"
              + " Neuron drivers; prefer --os al2023");
    }
    if (this == AL2023 && type != null && type.chipFamily().is(ChipFamily.INFERENTIA)) {
      notes.add(
          type.name()
              + " on the AL2023 Neuron AMI: at first boot neuron-inf1-downgrade.service replaces the"
              + " Neuron driver with the older aws-neuronx-dkms 2.21 that Inf1 needs, so that boot"
              + " takes longer");
    }
    return notes;
  }
}
