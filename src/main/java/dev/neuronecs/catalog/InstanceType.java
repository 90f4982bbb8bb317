package dev.neuronecs.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * One Neuron EC2 instance type, as EC2 describes it.
 *
 * @param name lowercase EC2 name, e.g. "inf2.24xlarge"
 * @param chipFamily the Neuron chip it carries
 * @param vcpus default vCPUs
 * @param memoryMiB host memory (EC2 {@code MemoryInfo.SizeInMiB})
 * @param chips Neuron devices, mapped as /dev/neuron0 .. /dev/neuron{chips-1}
 * @param maxEfaInterfaces EC2 {@code NetworkInfo.EfaInfo.MaximumEfaInterfaces}; 0 without EFA
 * @param topology how the chips are linked
 * @param source where the figures come from
 * @param note where the AWS ECS guide disagrees with EC2, what it says; empty otherwise
 */
public record InstanceType(
    String name,
    ChipFamily chipFamily,
    int vcpus,
    int memoryMiB,
    int chips,
    int maxEfaInterfaces,
    Topology topology,
    String source,
    String note) {

  /** NeuronCores the runtime numbers by default across all chips (host-global numbering). */
  public int visibleCores() {
    return chips * chipFamily.visibleCoresPerChip();
  }

  public int physicalCores() {
    return chips * chipFamily.physicalCoresPerChip();
  }

  public int memoryGiB() {
    return memoryMiB / 1024;
  }

  /** CPU units ECS registers for the instance: one vCPU is 1024 units. */
  public int cpuUnits() {
    return vcpus * 1024;
  }

  public static String devicePath(int chip) {
    return "/dev/neuron" + chip;
  }

  public List<String> devicePaths() {
    List<String> paths = new ArrayList<>(chips);
    for (int i = 0; i < chips; i++) {
      paths.add(devicePath(i));
    }
    return paths;
  }

  /** "/dev/neuron0" or "/dev/neuron0..5", for tables. */
  public String devicePathRange() {
    return chips == 1 ? devicePath(0) : devicePath(0) + ".." + (chips - 1);
  }
}
