package dev.neuronecs.catalog;

/**
 * One entry of EC2's {@code NeuronInfo.NeuronDevices}: a kind of Neuron chip and how many of it
 * the instance has. A field EC2 leaves out is null.
 *
 * @param name EC2's chip name, e.g. "Inferentia2"
 * @param count chips of this kind
 * @param coresPerChip {@code CoreInfo.Count}: physical NeuronCores per chip
 * @param coreVersion {@code CoreInfo.Version}: the NeuronCore generation
 * @param memoryMiB {@code MemoryInfo.SizeInMiB}: device memory per chip
 */
public record Ec2NeuronDevice(String name, Integer count, Integer coresPerChip, Integer coreVersion, Integer memoryMiB) {}
