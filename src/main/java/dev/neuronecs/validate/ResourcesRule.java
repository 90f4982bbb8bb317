package dev.neuronecs.validate;

import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.taskdef.Resources;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU and memory: values ECS takes ({@code bad-cpu}, {@code bad-memory}), some memory for every
 * container on EC2 ({@code no-memory}), and no more than the instance registers, or ECS can never
 * place the task ({@code cpu-beyond-instance}, {@code memory-beyond-instance}). Task cpu may be CPU
 * units ("1024", or a number) or vCPUs ("1 vCPU"); task memory MiB ("4096") or GB ("4 GB", which
 * ECS reads as GiB).
 */
final class ResourcesRule implements Rule {
  private static final Pattern UNITS = Pattern.compile("[0-9]{1,9}");
  private static final Pattern VCPU = Pattern.compile("([0-9]{1,6}(?:\\.[0-9]{1,6})?)\\s*vcpus?", Pattern.CASE_INSENSITIVE);
  private static final Pattern GB = Pattern.compile("([0-9]{1,6}(?:\\.[0-9]{1,6})?)\\s*gb", Pattern.CASE_INSENSITIVE);

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    Map<String, Object> td = doc.taskDefinition();
    List<InstanceType> types = doc.placement().types();
    Long cpu = td.containsKey("cpu") ? taskCpu(td.get("cpu"), doc.pathOf("cpu"), out) : null;
    Long memory = td.containsKey("memory") ? taskMemory(td.get("memory"), doc.pathOf("memory"), out) : null;
    if (cpu != null) {
      beyondCpu(cpu, "the task asks for", doc.pathOf("cpu"), types, out);
    } else if (!td.containsKey("cpu")) {
      long sum = sum(doc, c -> positive(c.raw().get("cpu")));
      if (sum > 0) {
        beyondCpu(sum, "the containers' cpu adds up to", doc.pathOf("containerDefinitions"), types, out);
      }
    }
    containerMemory(doc, memory == null && !td.containsKey("memory"), out);
    if (memory != null) {
      beyondMemory(memory, "the task asks for", doc.pathOf("memory"), types, out);
    } else if (!td.containsKey("memory")) {
      long sum = sum(doc, c -> {
        long reservation = positive(c.raw().get("memoryReservation"));
        return reservation > 0 ? reservation : positive(c.raw().get("memory"));
      });
      if (sum > 0) {
        beyondMemory(sum, "the containers reserve", doc.pathOf("containerDefinitions"), types, out);
      }
    }
  }

  private static Long taskCpu(Object value, String path, List<Finding> out) {
    Long units = cpuUnits(value);
    if (units == null) {
      if (value instanceof String s) {
        out.add(
            Finding.error(
                path, "bad-cpu", "cpu '" + s + "' is neither CPU units nor vCPUs",
                "give CPU units such as \"1024\" (1024 per vCPU) or vCPUs such as \"1 vCPU\""));
      }
      return null;
    }
    if (units < Resources.MIN_CPU || units > Resources.MAX_TASK_CPU) {
      out.add(
          Finding.error(
              path, "bad-cpu", "cpu " + units + " units is outside what ECS takes for a task on EC2",
              "give " + Resources.MIN_CPU + " to " + Resources.MAX_TASK_CPU + " CPU units (0.125 to 192 vCPUs)"));
      return null;
    }
    return units;
  }

  /** CPU units of a task cpu value: a number, "1024" or "1 vCPU"; null when it is neither. */
  static Long cpuUnits(Object value) {
    Long n = Nodes.whole(value);
    if (n != null) {
      return n;
    }
    if (!(value instanceof String s)) {
      return null;
    }
    String t = s.trim();
    if (UNITS.matcher(t).matches()) {
      return Long.parseLong(t);
    }
    Matcher m = VCPU.matcher(t);
    return m.matches() ? scaled(m.group(1)) : null;
  }

  private static Long taskMemory(Object value, String path, List<Finding> out) {
    Long mib = memoryMiB(value);
    if (mib == null) {
      if (value instanceof String s) {
        out.add(
            Finding.error(
                path, "bad-memory", "memory '" + s + "' is neither MiB nor GB",
                "give MiB such as \"4096\" or GB such as \"4 GB\" (ECS reads GB as GiB)"));
      }
      return null;
    }
    if (mib < Resources.MIN_MEMORY) {
      out.add(
          Finding.error(
              path, "bad-memory", "memory " + mib + " MiB is below what a container can start with",
              "give at least " + Resources.MIN_MEMORY + " MiB"));
      return null;
    }
    return mib;
  }

  /** MiB of a task memory value: a number, "4096" or "4 GB"; null when it is neither. */
  static Long memoryMiB(Object value) {
    Long n = Nodes.whole(value);
    if (n != null) {
      return n;
    }
    if (!(value instanceof String s)) {
      return null;
    }
    String t = s.trim();
    if (UNITS.matcher(t).matches()) {
      return Long.parseLong(t);
    }
    Matcher m = GB.matcher(t);
    return m.matches() ? scaled(m.group(1)) : null;
  }

  private static long scaled(String number) {
    return new BigDecimal(number).multiply(BigDecimal.valueOf(1024)).setScale(0, RoundingMode.HALF_UP).longValue();
  }

  private static void containerMemory(TaskDocument doc, boolean noTaskMemory, List<Finding> out) {
    List<String> compat = doc.compatibilities();
    boolean onEc2 = compat.isEmpty() || compat.contains("EC2");
    for (ContainerView c : doc.containers()) {
      Long hard = Nodes.whole(c.raw().get("memory"));
      Long soft = Nodes.whole(c.raw().get("memoryReservation"));
      if (hard != null && soft != null && soft > hard) {
        out.add(
            Finding.error(
                c.path("memoryReservation"), "bad-memory",
                "memoryReservation " + soft + " MiB is above the container's memory limit of " + hard + " MiB",
                "make memoryReservation at most memory (" + hard + "), or drop one of them"));
      }
      if (onEc2 && noTaskMemory && !given(c.raw().get("memory")) && !given(c.raw().get("memoryReservation"))) {
        out.add(
            Finding.error(
                c.path(), "no-memory",
                c.label() + " gives neither memory nor memoryReservation, and the task gives no memory: ECS"
                    + " refuses that on EC2",
                "give the task a memory value (MiB, as a string), or the container memoryReservation"));
      }
    }
  }

  /** A non-zero memory value; one of the wrong type counts as given (that is wrong-type's finding). */
  private static boolean given(Object value) {
    if (value == null) {
      return false;
    }
    Long n = Nodes.whole(value);
    return n == null || n != 0;
  }

  private static void beyondCpu(long units, String what, String path, List<InstanceType> types, List<Finding> out) {
    InstanceType largest = largestFitting(types, Resources::maxCpu);
    if (largest == null || units <= Resources.maxCpu(largest)) {
      return;
    }
    out.add(
        Finding.error(
            path, "cpu-beyond-instance",
            what + " " + units + " CPU units, but " + which(types, largest) + " registers " + Resources.maxCpu(largest)
                + " (" + largest.vcpus() + " vCPUs x 1024), so ECS can never place the task",
            "give at most " + Resources.maxCpu(largest) + " CPU units, or pin a larger instance type"));
  }

  private static void beyondMemory(long mib, String what, String path, List<InstanceType> types, List<Finding> out) {
    InstanceType largest = largestFitting(types, Resources::maxMemory);
    if (largest == null || mib <= Resources.maxMemory(largest)) {
      return;
    }
    out.add(
        Finding.error(
            path, "memory-beyond-instance",
            what + " " + mib + " MiB, but " + which(types, largest) + " has " + largest.memoryMiB()
                + " MiB and ECS registers less than that (the agent reports the kernel's MemTotal): about "
                + Resources.maxMemory(largest) + " MiB at most fits, so ECS can never place the task",
            "give at most " + Resources.maxMemory(largest) + " MiB, e.g. "
                + Resources.defaultMemory(largest, largest.chips()) + " (90%, what 'neuron-ecs gen' gives)"));
  }

  private static InstanceType largestFitting(List<InstanceType> types, ToLongFunction<InstanceType> size) {
    InstanceType best = null;
    for (InstanceType t : types) {
      if (best == null || size.applyAsLong(t) > size.applyAsLong(best)) {
        best = t;
      }
    }
    return best;
  }

  private static String which(List<InstanceType> types, InstanceType largest) {
    return types.size() == 1 ? largest.name() : "the largest type allowed, " + largest.name() + ",";
  }

  private static long sum(TaskDocument doc, ToLongFunction<ContainerView> f) {
    long total = 0;
    for (ContainerView c : doc.containers()) {
      total += f.applyAsLong(c);
    }
    return total;
  }

  private static long positive(Object value) {
    Long n = Nodes.whole(value);
    return n == null || n < 0 ? 0 : n;
  }
}
