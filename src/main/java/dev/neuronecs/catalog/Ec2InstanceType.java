package dev.neuronecs.catalog;

import java.util.List;
import java.util.Locale;

/**
 * What EC2's DescribeInstanceTypes reports about one instance type: the facts {@code catalog
 * --check} compares with the built-in catalog and {@code --from-ec2} builds a row from. A field
 * EC2 leaves out is null; a type without {@code NetworkInfo.EfaInfo} has 0 EFA interfaces.
 *
 * @param name the type, lowercase as EC2 spells it
 * @param vcpus {@code VCpuInfo.DefaultVCpus}
 * @param memoryMiB {@code MemoryInfo.SizeInMiB}
 * @param maxEfaInterfaces {@code NetworkInfo.EfaInfo.MaximumEfaInterfaces}
 * @param neuronDevices {@code NeuronInfo.NeuronDevices}; empty for a type without Neuron chips
 */
public record Ec2InstanceType(
    String name, Integer vcpus, Integer memoryMiB, Integer maxEfaInterfaces, List<Ec2NeuronDevice> neuronDevices) {
  public Ec2InstanceType {
    name = name.trim().toLowerCase(Locale.ROOT);
    neuronDevices = List.copyOf(neuronDevices);
  }

  /** The one kind of Neuron chip the type has, or null when EC2 reports none or several kinds. */
  public Ec2NeuronDevice device() {
    return neuronDevices.size() == 1 ? neuronDevices.get(0) : null;
  }
}
