package dev.neuronecs.validate;

import dev.neuronecs.catalog.InstanceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Neuron runtime's environment: NEURON_RT_VISIBLE_CORES must name cores of the chips the
 * container has ({@code visible-cores}), NEURON_LOGICAL_NC_CONFIG is 1 or 2 ({@code
 * logical-nc-config}), AWS_NEURON_VISIBLE_DEVICES switches the container to the OCI-hook runtime
 * ({@code oci-hook-variable}), and two containers of a task must not both take the cores of one chip
 * ({@code chip-shared}).
 */
final class CoresRule implements Rule {
  static final String OCI_HOOK_VARIABLE = "AWS_NEURON_VISIBLE_DEVICES";

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    List<InstanceType> types = doc.placement().types();
    for (ContainerView c : doc.containers()) {
      Map<String, ContainerView.EnvVar> env = c.environment();
      ContainerView.EnvVar hook = env.get(OCI_HOOK_VARIABLE);
      if (hook != null) {
        out.add(
            Finding.warning(
                hook.path(),
                "oci-hook-variable",
                OCI_HOOK_VARIABLE + " makes the ECS agent run the container under the Neuron OCI-hook"
                    + " runtime, which Neuron does not support on ECS with Amazon Linux 2023",
                "remove it, and map the chips it named as linuxParameters.devices (/dev/neuronN) instead"));
      }
      ContainerView.EnvVar lnc = env.get(Cores.LOGICAL_NC_CONFIG);
      if (lnc != null && (lnc.value() == null || !(lnc.value().trim().equals("1") || lnc.value().trim().equals("2")))) {
        out.add(
            Finding.error(
                lnc.path(),
                "logical-nc-config",
                Cores.LOGICAL_NC_CONFIG + " must be 1 or 2" + (lnc.value() == null ? "" : ", not '" + lnc.value() + "'"),
                "set it to 2 (the default: 4 logical cores per Trainium2 chip) or 1 (8 cores per chip), or"
                    + " leave it out"));
      }
      ContainerView.EnvVar visible = env.get(Cores.VISIBLE_CORES);
      if (visible != null) {
        visibleCores(c, visible, env, types, out);
      }
    }
    shared(doc.containers(), types, out);
  }

  private static void visibleCores(
      ContainerView c, ContainerView.EnvVar visible, Map<String, ContainerView.EnvVar> env,
      List<InstanceType> types, List<Finding> out) {
    TreeSet<Integer> named = Cores.parse(visible.value());
    if (named == null) {
      out.add(
          Finding.error(
              visible.path(),
              "visible-cores",
              Cores.VISIBLE_CORES + (visible.value() == null ? " has no string value" : "='" + visible.value() + "'")
                  + " is not a NeuronCore list",
              "give a core index (3), an inclusive range (0-3) or a comma list (0,1,4-5), in host-global"
                  + " numbering"));
      return;
    }
    Map<String, String> fixByMessage = new LinkedHashMap<>();
    for (InstanceType t : types) {
      List<Integer> mapped = c.chips();
      if (!mapped.isEmpty() && mapped.get(mapped.size() - 1) >= t.chips()) {
        continue; // chips this type lacks: chip-past-last says so
      }
      List<Integer> chips = chipsSeen(c, t);
      if (chips.isEmpty()) {
        continue;
      }
      int k = Cores.perChip(t, env);
      TreeSet<Integer> have = Cores.ofChips(chips, k);
      TreeSet<Integer> outside = new TreeSet<>(named);
      outside.removeAll(have);
      if (outside.isEmpty()) {
        continue;
      }
      String message =
          Cores.VISIBLE_CORES + "=" + visible.value().trim() + " names cores " + Cores.ranges(outside)
              + " that the container does not have: on " + t.name() + " its chips "
              + Cores.devices(chips) + " hold cores " + Cores.ranges(have) + " (" + k + " per chip)";
      List<Integer> holders = new ArrayList<>(Cores.chipsOf(outside, k));
      boolean exist = holders.get(holders.size() - 1) < t.chips();
      fixByMessage.putIfAbsent(
          message,
          "set " + Cores.VISIBLE_CORES + "=" + Cores.ranges(have) + ", or a part of it"
              + (exist ? ", or map the chips that hold cores " + Cores.ranges(outside) + " ("
                  + Cores.devices(holders) + ")" : ""));
    }
    fixByMessage.forEach((message, fix) -> out.add(Finding.error(visible.path(), "visible-cores", message, fix)));
  }

  /** The chips the runtime in this container sees on {@code type}: those mapped, or all with NeuronDevice. */
  private static List<Integer> chipsSeen(ContainerView c, InstanceType type) {
    if (!c.neuronDeviceRequirements().isEmpty() && c.neuronDevices().isEmpty()) {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < type.chips(); i++) {
        all.add(i);
      }
      return all;
    }
    return c.chips();
  }

  private static void shared(List<ContainerView> containers, List<InstanceType> types, List<Finding> out) {
    for (int j = 1; j < containers.size(); j++) {
      ContainerView b = containers.get(j);
      for (int i = 0; i < j; i++) {
        ContainerView a = containers.get(i);
        TreeSet<Integer> common = new TreeSet<>(a.chips());
        common.retainAll(b.chips());
        if (common.isEmpty()) {
          continue;
        }
        String cores = overlap(a, b, common, types);
        if (cores != null) {
          out.add(
              Finding.error(
                  b.devicesPath(),
                  "chip-shared",
                  (a.label().equals(b.label()) ? a.path() + " and " + b.path() : a.label() + " and " + b.label())
                      + " both map " + Cores.devices(new ArrayList<>(common))
                      + " and both take " + (cores.isEmpty() ? "its NeuronCores" : "NeuronCores " + cores)
                      + ": a NeuronCore serves one process, so one of the containers fails to start",
                  "give each container chips of its own, or split the cores between them with "
                      + Cores.VISIBLE_CORES));
        }
      }
    }
  }

  /**
   * The cores of {@code common} both containers take ("" when the instance type, and so the core
   * numbering, is unknown but both take every core they see); null when they take different cores.
   */
  private static String overlap(ContainerView a, ContainerView b, TreeSet<Integer> common, List<InstanceType> types) {
    ContainerView.EnvVar va = a.environment().get(Cores.VISIBLE_CORES);
    ContainerView.EnvVar vb = b.environment().get(Cores.VISIBLE_CORES);
    if (types.isEmpty()) {
      return va == null && vb == null ? "" : null;
    }
    InstanceType t = types.get(0);
    TreeSet<Integer> ca = taken(a, va, t);
    TreeSet<Integer> cb = taken(b, vb, t);
    if (ca == null || cb == null) {
      return null;
    }
    ca.retainAll(cb);
    ca.retainAll(Cores.ofChips(common, Cores.perChip(t, a.environment())));
    return ca.isEmpty() ? null : Cores.ranges(ca);
  }

  private static TreeSet<Integer> taken(ContainerView c, ContainerView.EnvVar visible, InstanceType t) {
    if (visible == null) {
      return Cores.ofChips(c.chips(), Cores.perChip(t, c.environment()));
    }
    return Cores.parse(visible.value());
  }
}
