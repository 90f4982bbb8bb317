package dev.neuronecs.catalog;

/**
 * A Neuron chip generation. Names are EC2's ({@code NeuronInfo.NeuronDevices[].Name}).
 *
 * <p>{@code visibleCoresPerChip} is what the Neuron runtime shows by default: the physical count,
 * except on Trainium2, where the default logical NeuronCore configuration (LNC=2) pairs the 8
 * physical cores into 4 logical ones.
 */
public enum ChipFamily {
  INFERENTIA("Inferentia", "Inf1", 4, 1, 4, 8),
  INFERENTIA2("Inferentia2", "Inf2", 2, 2, 2, 32),
  TRAINIUM("Trainium", "Trn1", 2, 2, 2, 32),
  TRAINIUM2("Trainium2", "Trn2", 8, 3, 4, 96);

  private final String chipName;
  private final String instanceFamily;
  private final int physicalCoresPerChip;
  private final int neuronCoreVersion;
  private final int visibleCoresPerChip;
  private final int memoryPerChipGiB;

  ChipFamily(
      String chipName,
      String instanceFamily,
      int physicalCoresPerChip,
      int neuronCoreVersion,
      int visibleCoresPerChip,
      int memoryPerChipGiB) {
    this.chipName = chipName;
    this.instanceFamily = instanceFamily;
    this.physicalCoresPerChip = physicalCoresPerChip;
    this.neuronCoreVersion = neuronCoreVersion;
    this.visibleCoresPerChip = visibleCoresPerChip;
    this.memoryPerChipGiB = memoryPerChipGiB;
  }

  /** EC2's name for the chip, e.g. "Inferentia2". */
  public String chipName() {
    return chipName;
  }

  /** The instance family as people say it, e.g. "Inf2". */
  public String instanceFamily() {
    return instanceFamily;
  }

  public int physicalCoresPerChip() {
    return physicalCoresPerChip;
  }

  public int neuronCoreVersion() {
    return neuronCoreVersion;
  }

  /** NeuronCores per chip that the runtime numbers by default (logical cores on Trainium2). */
  public int visibleCoresPerChip() {
    return visibleCoresPerChip;
  }

  public int memoryPerChipGiB() {
    return memoryPerChipGiB;
  }

  /** True where the logical NeuronCore setting (NEURON_LOGICAL_NC_CONFIG) applies. */
  public boolean hasLogicalCores() {
    return visibleCoresPerChip != physicalCoresPerChip;
  }
}
