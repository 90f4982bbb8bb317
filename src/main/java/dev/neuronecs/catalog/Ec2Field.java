package dev.neuronecs.catalog;

/**
 * The figures {@code catalog --check} compares between a catalog row and EC2's DescribeInstanceTypes.
 * Keys are those of {@code catalog -o json} where both have them; memory values are MiB on both
 * sides, as EC2 gives them.
 */
public enum Ec2Field {
  CHIP("chip"),
  VCPUS("vcpus"),
  MEMORY("memoryMiB"),
  CHIPS("chips"),
  CORES_PER_CHIP("physicalCoresPerChip"),
  CORE_VERSION("neuronCoreVersion"),
  MAX_EFA("maxEfaInterfaces"),
  DEVICE_MEMORY("deviceMemoryMiB");

  private final String key;

  Ec2Field(String key) {
    this.key = key;
  }

  /** The name in JSON output and in the table, e.g. "vcpus". */
  public String key() {
    return key;
  }

  /** The catalog's figure for {@code type}. */
  public Object catalogValue(InstanceType type) {
    ChipFamily chip = type.chipFamily();
    return switch (this) {
      case CHIP -> chip.chipName();
      case VCPUS -> type.vcpus();
      case MEMORY -> type.memoryMiB();
      case CHIPS -> type.chips();
      case CORES_PER_CHIP -> chip.physicalCoresPerChip();
      case CORE_VERSION -> chip.neuronCoreVersion();
      case MAX_EFA -> type.maxEfaInterfaces();
      case DEVICE_MEMORY -> chip.memoryPerChipGiB() * 1024;
    };
  }

  /** EC2's figure, or null when EC2 does not report it (the chip fields need exactly one kind of chip). */
  public Object ec2Value(Ec2InstanceType ec2) {
    Ec2NeuronDevice d = ec2.device();
    return switch (this) {
      case VCPUS -> ec2.vcpus();
      case MEMORY -> ec2.memoryMiB();
      case MAX_EFA -> ec2.maxEfaInterfaces();
      case CHIP -> d == null ? null : d.name();
      case CHIPS -> d == null ? null : d.count();
      case CORES_PER_CHIP -> d == null ? null : d.coresPerChip();
      case CORE_VERSION -> d == null ? null : d.coreVersion();
      case DEVICE_MEMORY -> d == null ? null : d.memoryMiB();
    };
  }
}
