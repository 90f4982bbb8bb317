package dev.neuronecs.validate;

import dev.neuronecs.catalog.ChipFamily;
import dev.neuronecs.catalog.InstanceType;
import java.util.ArrayList;
import java.util.List;

/**
 * The managed way to get Neuron chips, {@code resourceRequirements: [{"type": "NeuronDevice",
 * "value": "ALL"}]}: only the value ALL ({@code neuron-device-value}), on one container ({@code
 * neuron-device-containers}), on ECS Managed Instances only ({@code neuron-device-launch-type}), not
 * on Inf1 ({@code neuron-device-inf1}), and not together with mapped devices ({@code
 * neuron-device-mixed}).
 */
final class NeuronDeviceRule implements Rule {
  static final String MANAGED = "MANAGED_INSTANCES";

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    List<ContainerView> asking = new ArrayList<>();
    for (ContainerView c : doc.containers()) {
      List<ContainerView.Requirement> requirements = c.neuronDeviceRequirements();
      if (requirements.isEmpty()) {
        continue;
      }
      ContainerView.Requirement r = requirements.get(0);
      if (!"ALL".equals(r.value())) {
        out.add(
            Finding.error(
                r.path() + ".value",
                "neuron-device-value",
                "NeuronDevice takes only the value ALL (all of the instance's Neuron chips)"
                    + (r.value() == null ? "" : ", not '" + r.value() + "'"),
                "set the value to \"ALL\"; for part of the chips map them as linuxParameters.devices on the"
                    + " EC2 launch type"));
      }
      if (!asking.isEmpty()) {
        out.add(
            Finding.error(
                r.path(),
                "neuron-device-containers",
                "only one container of a task may ask for NeuronDevice, and " + asking.get(0).label()
                    + " already does",
                "keep NeuronDevice on one container and remove it here"));
      }
      asking.add(c);
    }
    if (asking.isEmpty()) {
      return;
    }
    launchType(doc, out);
    String first = asking.get(0).neuronDeviceRequirements().get(0).path();
    for (InstanceType t : doc.placement().types()) {
      if (t.chipFamily().is(ChipFamily.INFERENTIA)) {
        out.add(
            Finding.error(
                first,
                "neuron-device-inf1",
                "NeuronDevice is not supported on Inf1 (" + t.name() + "), which runs only on the EC2 launch"
                    + " type",
                "on Inf1 use the EC2 launch type and map the chips as linuxParameters.devices"
                    + " ('neuron-ecs gen --instance " + t.name() + "')"));
        break;
      }
    }
    for (ContainerView c : doc.containers()) {
      if (!c.neuronDevices().isEmpty()) {
        out.add(
            Finding.error(
                c.devicesPath(),
                "neuron-device-mixed",
                c.label() + " maps /dev/neuron devices in a task that asks for NeuronDevice: ECS says to use one"
                    + " of the two approaches, not both",
                "drop the /dev/neuron device mappings (NeuronDevice gives the container every chip), or drop"
                    + " NeuronDevice and keep the mappings"));
      }
    }
  }

  private static void launchType(TaskDocument doc, List<Finding> out) {
    List<String> compat = doc.compatibilities();
    List<String> others = new ArrayList<>(compat);
    others.remove(MANAGED);
    String fix =
        "set requiresCompatibilities to [\"" + MANAGED + "\"]; on the EC2 launch type map the chips as"
            + " linuxParameters.devices instead";
    if (!compat.contains(MANAGED)) {
      out.add(
          Finding.error(
              doc.pathOf("requiresCompatibilities"),
              "neuron-device-launch-type",
              "NeuronDevice works only on ECS Managed Instances, but requiresCompatibilities does not list "
                  + MANAGED,
              fix));
    } else if (!others.isEmpty()) {
      out.add(
          Finding.error(
              doc.pathOf("requiresCompatibilities"),
              "neuron-device-launch-type",
              "NeuronDevice works only on ECS Managed Instances, but requiresCompatibilities also lists "
                  + String.join(", ", others),
              fix));
    }
  }
}
