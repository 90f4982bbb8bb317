package dev.neuronecs.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Neuron chip generation. Names are EC2's ({@code NeuronInfo.NeuronDevices[].Name}).
 *
 * <p>{@code visibleCoresPerChip} is what the Neuron runtime shows by default: the physical count,
 * except on Trainium2 and later, where the default logical NeuronCore configuration (LNC=2) pairs
 * the 8 physical cores into 4 logical ones.
 *
 * <p>The four families below are the ones this release knows, with figures from the Neuron docs.
 * {@code --from-ec2} may meet others (a chip launched after the release): {@link #reported} builds
 * one from EC2's figures, and {@link #isKnown()} tells the two apart, because a family neuron-ecs
 * does not know has no default image and no known chip topology.
 */
public final class ChipFamily {
  public static final ChipFamily INFERENTIA =
      new ChipFamily("Inferentia", "Inf1", 4, 1, 4, 8, Topology.RING, true);
  public static final ChipFamily INFERENTIA2 =
      new ChipFamily("Inferentia2", "Inf2", 2, 2, 2, 32, Topology.RING, true);
  public static final ChipFamily TRAINIUM =
      new ChipFamily("Trainium", "Trn1", 2, 2, 2, 32, Topology.TORUS_2D, true);
  public static final ChipFamily TRAINIUM2 =
      new ChipFamily("Trainium2", "Trn2", 8, 3, 4, 96, Topology.TORUS_2D, true);

  private static final List<ChipFamily> KNOWN = List.of(INFERENTIA, INFERENTIA2, TRAINIUM, TRAINIUM2);

  /** "Trainium2", "Trainium3", ...: the generations with logical NeuronCores (LNC=2 by default). */
  private static final Pattern LATER_TRAINIUM = Pattern.compile("trainium([2-9]|[1-9][0-9])");

  private final String chipName;
  private final String instanceFamily;
  private final int physicalCoresPerChip;
  private final int neuronCoreVersion;
  private final int visibleCoresPerChip;
  private final int memoryPerChipGiB;
  private final Topology multiChipTopology;
  private final boolean known;

  private ChipFamily(
      String chipName,
      String instanceFamily,
      int physicalCoresPerChip,
      int neuronCoreVersion,
      int visibleCoresPerChip,
      int memoryPerChipGiB,
      Topology multiChipTopology,
      boolean known) {
    this.chipName = chipName;
    this.instanceFamily = instanceFamily;
    this.physicalCoresPerChip = physicalCoresPerChip;
    this.neuronCoreVersion = neuronCoreVersion;
    this.visibleCoresPerChip = visibleCoresPerChip;
    this.memoryPerChipGiB = memoryPerChipGiB;
    this.multiChipTopology = multiChipTopology;
    this.known = known;
  }

  /** The family this release knows by EC2's chip name (any case), if it knows it. */
  public static Optional<ChipFamily> known(String chipName) {
    for (ChipFamily f : KNOWN) {
      if (f.chipName.equalsIgnoreCase(chipName.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The four families of the built-in catalog. */
  public static List<ChipFamily> knownFamilies() {
    return KNOWN;
  }

  /**
   * A chip family only EC2 knows, from EC2's figures. The runtime's default cores per chip: half
   * the physical ones on Trainium2 and later ("Trainium3", ...: the Neuron docs say LNC applies to
   * Trn2 and Trn3, LNC=2 by default), else all of them. Its chips are taken whole ({@link
   * Topology#WHOLE}) because how they are linked is not known.
   *
   * @param instanceFamily the instance family as people say it, e.g. "Trn3"
   */
  public static ChipFamily reported(
      String chipName, String instanceFamily, int physicalCoresPerChip, int neuronCoreVersion, int memoryPerChipGiB) {
    int visible = logicalByDefault(chipName) && physicalCoresPerChip % 2 == 0 ? physicalCoresPerChip / 2 : physicalCoresPerChip;
    return new ChipFamily(
        chipName, instanceFamily, physicalCoresPerChip, neuronCoreVersion, visible, memoryPerChipGiB, Topology.WHOLE, false);
  }

  /**
   * This known family with other per-chip figures (EC2's, where they differ from the Neuron docs):
   * same name, image and topology rule; visible cores by the same LNC rule.
   */
  public ChipFamily withFigures(int physicalCores, int coreVersion, int memoryGiB) {
    int visible = hasLogicalCores() ? physicalCores / 2 : physicalCores;
    return new ChipFamily(chipName, instanceFamily, physicalCores, coreVersion, visible, memoryGiB, multiChipTopology, known);
  }

  /** Whether the generation is Trainium2 or later, where the runtime defaults to LNC=2. */
  static boolean logicalByDefault(String chipName) {
    return LATER_TRAINIUM.matcher(chipName.trim().toLowerCase(Locale.ROOT)).matches();
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

  /** True for the four families this release knows (with their figures from EC2 or not). */
  public boolean isKnown() {
    return known;
  }

  /** Whether this is the same chip as {@code other}, whatever figures either carries. */
  public boolean is(ChipFamily other) {
    return chipName.equalsIgnoreCase(other.chipName);
  }

  /**
   * How {@code chips} chips of this family are linked, for a type the catalog does not list: one
   * chip is {@link Topology#SINGLE}; more follow the family (a ring on Inferentia, the 2D-torus
   * rule on Trainium), and a family neuron-ecs does not know is taken whole.
   */
  public Topology topology(int chips) {
    return chips == 1 ? Topology.SINGLE : multiChipTopology;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChipFamily f
        && chipName.equals(f.chipName)
        && instanceFamily.equals(f.instanceFamily)
        && physicalCoresPerChip == f.physicalCoresPerChip
        && neuronCoreVersion == f.neuronCoreVersion
        && visibleCoresPerChip == f.visibleCoresPerChip
        && memoryPerChipGiB == f.memoryPerChipGiB
        && multiChipTopology == f.multiChipTopology
        && known == f.known;
  }

  @Override
  public int hashCode() {
    return Objects.hash(chipName, physicalCoresPerChip, neuronCoreVersion, memoryPerChipGiB);
  }

  @Override
  public String toString() {
    return chipName;
  }
}
