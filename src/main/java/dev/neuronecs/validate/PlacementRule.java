package dev.neuronecs.validate;

import dev.neuronecs.Closest;
import dev.neuronecs.catalog.InstanceType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a Neuron task may run. The task definition must be specific to one instance type: ECS on EC2
 * does not count Neuron chips, so only a memberOf constraint keeps the task off instances whose chips
 * differ ({@code no-instance-type}). The types named must be Neuron types EC2 knows ({@code
 * unknown-instance-type}), spelt as EC2 reports them ({@code instance-type-case}), and the
 * constraints together must allow one ({@code no-allowed-instance-type}). Neuron instances are all
 * x86_64 ({@code cpu-architecture}).
 */
final class PlacementRule implements Rule {
  static final String CONSTRAINT_EXAMPLE =
      "{\"type\": \"memberOf\", \"expression\": \"attribute:ecs.instance-type == inf2.xlarge\"}";

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    Placement placement = doc.placement();
    boolean neuron = doc.mapsNeuronDevices() || doc.usesNeuronDeviceResource();
    if (doc.mapsNeuronDevices() && !placement.pinned()) {
      out.add(
          Finding.warning(
              placement.path(),
              "no-instance-type",
              "the task maps Neuron devices, but no memberOf constraint pins it to an instance type: ECS on"
                  + " EC2 does not count Neuron chips, so it may place the task on an instance without"
                  + " them, and the chips cannot be checked against the instance",
              "add a constraint for the instance type the devices were chosen for, e.g. "
                  + CONSTRAINT_EXAMPLE
                  + " ('neuron-ecs catalog' lists the types)"));
    }
    boolean reported = false;
    for (Placement.Mention m : placement.mentions()) {
      String lower = m.name().toLowerCase(Locale.ROOT).trim();
      Optional<InstanceType> known = doc.catalog().find(lower);
      if (known.isPresent()) {
        if (!m.name().equals(lower)) {
          out.add(
              Finding.error(
                  m.path(),
                  "instance-type-case",
                  "'" + m.name() + "' is not how EC2 spells the type: ECS compares the attribute as a"
                      + " string, and the instance reports '" + lower + "', so the task may never be placed",
                  "write '" + lower + "' in lowercase"));
          reported = true;
        }
      } else if (lower.startsWith("inf") || lower.startsWith("trn")) {
        out.add(
            Finding.error(
                m.path(),
                "unknown-instance-type",
                "'" + m.name() + "' is not a Neuron instance type" + Closest.hint(lower, doc.catalog().names()),
                "name one of the types 'neuron-ecs catalog' lists"));
        reported = true;
      } else if (neuron) {
        out.add(
            Finding.error(
                m.path(),
                "unknown-instance-type",
                "'" + m.name() + "' has no Neuron chips, but the task asks for Neuron devices",
                "pin the task to the Neuron instance type it was written for ('neuron-ecs catalog' lists them)"));
        reported = true;
      }
    }
    if (neuron && placement.pinned() && placement.types().isEmpty() && !reported) {
      out.add(
          Finding.error(
              placement.path(),
              "no-allowed-instance-type",
              "the placement constraints together allow no Neuron instance type, so the task can never be"
                  + " placed",
              "keep one memberOf constraint naming the instance type, e.g. " + CONSTRAINT_EXAMPLE));
    }
    String arch = Nodes.string(Nodes.map(doc.taskDefinition().get("runtimePlatform")).get("cpuArchitecture"));
    if ("ARM64".equals(arch) && (neuron || !placement.types().isEmpty())) {
      out.add(
          Finding.error(
              doc.path("runtimePlatform.cpuArchitecture"),
              "cpu-architecture",
              "every Neuron instance is x86_64, so a task that asks for ARM64 is never placed on one",
              "set cpuArchitecture to X86_64, or leave runtimePlatform out"));
    }
  }
}
