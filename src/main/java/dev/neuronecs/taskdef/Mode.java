package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.ChipFamily;
import dev.neuronecs.catalog.InstanceType;
import java.util.Locale;

/**
 * How the task gets its chips: {@code ec2} maps them as devices (the EC2 launch type); {@code
 * managed} asks ECS Managed Instances for all of them with a NeuronDevice resource requirement.
 * ECS says to use one approach only, so managed mode refuses device options.
 */
public final class Mode {
  public static final ResourceRequirement NEURON_DEVICE_ALL = new ResourceRequirement("NeuronDevice", "ALL");

  private Mode() {}

  /** Whether the request asks for managed mode; bad input when the mode or its combination is wrong. */
  public static boolean isManaged(TaskRequest request, InstanceType type) {
    if (request.mode() == null) {
      return false;
    }
    String mode = request.mode().trim().toLowerCase(Locale.ROOT);
    if (mode.equals("ec2")) {
      return false;
    }
    if (!mode.equals("managed")) {
      throw NeuronEcsException.usage("--mode '" + request.mode() + "' is not ec2 or managed");
    }
    if (type.chipFamily().is(ChipFamily.INFERENTIA)) {
      throw NeuronEcsException.usage(
          "--mode managed does not work on " + type.name()
              + ": ECS Managed Instances does not offer Inf1; use --mode ec2 (the default)");
    }
    String option = request.chips() != null ? "--chips" : request.firstChip() != null ? "--first-chip" : request.efa() != null ? "--efa" : null;
    if (option != null) {
      throw NeuronEcsException.usage(
          "--mode managed gives the task every Neuron device through resourceRequirements"
              + " NeuronDevice=ALL, and ECS says to use one approach only: drop "
              + option
              + " or use --mode ec2");
    }
    return true;
  }
}
