package dev.neuronecs.catalog;

import dev.neuronecs.NeuronEcsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A catalog row built from EC2's figures ({@code --from-ec2}), and the notes that say what that
 * means. EC2 does not report how the chips are linked, so a type the catalog has keeps its
 * topology; a new type gets its chip family's rule ({@link ChipFamily#topology(int)}). A figure
 * EC2 leaves out comes from the catalog's row or chip family, with a note; without either the type
 * cannot be built. A known EC2 defect ({@link Ec2Defect}) is not taken over.
 *
 * @param type the row to build task definitions from
 * @param notes for stderr, e.g. that the type is not in the built-in catalog
 */
public record Ec2Row(InstanceType type, List<String> notes) {
  public Ec2Row {
    notes = List.copyOf(notes);
  }

  /**
   * The row for {@code ec2}; {@code where} names the source in notes (e.g. "EC2 in us-east-1").
   * A type without Neuron chips is bad input; a reply that lacks a figure neuron-ecs needs is a
   * failure.
   */
  public static Ec2Row build(Catalog catalog, Ec2InstanceType ec2, String where) {
    String name = ec2.name();
    if (ec2.neuronDevices().isEmpty()) {
      throw NeuronEcsException.usage(
          name + " has no Neuron chips (" + where + " reports no NeuronInfo for it); --from-ec2 builds Neuron"
              + " instance types (inf*, trn*) only");
    }
    Ec2NeuronDevice device = ec2.device();
    if (device == null) {
      throw NeuronEcsException.failure(
          where + " reports " + ec2.neuronDevices().size() + " kinds of Neuron chip for " + name
              + "; neuron-ecs builds task definitions for one kind per instance",
          null);
    }
    Optional<InstanceType> row = catalog.find(name);
    List<String> notes = new ArrayList<>();
    Figures figures = new Figures(name, where, notes);
    ChipFamily family = family(catalog, device, row, figures, notes);
    int vcpus = figures.take(ec2.vcpus(), row.map(InstanceType::vcpus), "vCPUs");
    int memory = figures.take(ec2.memoryMiB(), row.map(InstanceType::memoryMiB), "memory");
    int chips = figures.take(device.count(), row.map(InstanceType::chips), "Neuron chip count");
    int efa = figures.take(ec2.maxEfaInterfaces(), row.map(InstanceType::maxEfaInterfaces), "EFA maximum");
    Topology topology =
        row.filter(r -> r.chips() == chips && r.chipFamily().is(family)).map(InstanceType::topology).orElse(family.topology(chips));
    InstanceType type =
        new InstanceType(
            name,
            family,
            vcpus,
            memory,
            chips,
            efa,
            topology,
            "EC2 DescribeInstanceTypes (" + where + ")",
            row.map(InstanceType::note).orElse("not in the built-in catalog; built from EC2's figures"));
    notes.add(0, summary(catalog, row, ec2, type, where));
    if (topology == Topology.WHOLE) {
      notes.add(
          "neuron-ecs does not know how the " + family.chipName() + " chips of " + name + " are linked, so one task"
              + " takes all " + chips + " of them (--chips and plan need a known topology)");
    }
    return new Ec2Row(type, notes);
  }

  private static ChipFamily family(
      Catalog catalog, Ec2NeuronDevice device, Optional<InstanceType> row, Figures figures, List<String> notes) {
    Optional<ChipFamily> known =
        device.name() == null || device.name().isBlank()
            ? row.map(InstanceType::chipFamily)
            : ChipFamily.known(device.name());
    if (known.isPresent()) {
      ChipFamily k = known.get();
      int cores = figures.take(device.coresPerChip(), Optional.of(k.physicalCoresPerChip()), "NeuronCores per chip");
      int version = figures.take(device.coreVersion(), Optional.of(k.neuronCoreVersion()), "NeuronCore version");
      int memoryGiB = deviceMemoryGiB(catalog, k, device.memoryMiB());
      boolean same = cores == k.physicalCoresPerChip() && version == k.neuronCoreVersion() && memoryGiB == k.memoryPerChipGiB();
      return same ? k : k.withFigures(cores, version, memoryGiB);
    }
    String chip = device.name();
    if (chip == null || chip.isBlank()) {
      throw figures.missing("chip name");
    }
    int cores = figures.take(device.coresPerChip(), Optional.empty(), "NeuronCores per chip");
    int version = figures.take(device.coreVersion(), Optional.empty(), "NeuronCore version");
    int memoryGiB = device.memoryMiB() == null ? 0 : device.memoryMiB() / 1024;
    ChipFamily family = ChipFamily.reported(chip.trim(), instanceFamily(figures.name), cores, version, memoryGiB);
    if (family.hasLogicalCores()) {
      notes.add(
          chip + " is a chip family this release does not know; as on Trainium2, the runtime's default logical"
              + " NeuronCore setting (LNC=2) is assumed: each chip's " + cores + " NeuronCores are seen as "
              + family.visibleCoresPerChip() + " (--env NEURON_LOGICAL_NC_CONFIG=1 shows all " + cores + ")");
    } else {
      notes.add(
          chip + " is a chip family this release does not know; neuron-ecs assumes the runtime shows all " + cores
              + " physical NeuronCores of each chip (no logical NeuronCores); if that is wrong for "
              + chip + ", set NEURON_RT_VISIBLE_CORES yourself with --env");
    }
    return family;
  }

  /** EC2's device memory in GiB; a known defect or a missing value gives the family's figure. */
  private static int deviceMemoryGiB(Catalog catalog, ChipFamily family, Integer reportedMiB) {
    if (reportedMiB == null || catalog.ec2Defect(family, Ec2Field.DEVICE_MEMORY, reportedMiB).isPresent()) {
      return family.memoryPerChipGiB();
    }
    return reportedMiB / 1024;
  }

  private static String summary(
      Catalog catalog, Optional<InstanceType> row, Ec2InstanceType ec2, InstanceType type, String where) {
    if (row.isEmpty()) {
      ChipFamily chip = type.chipFamily();
      return type.name() + " is not in the built-in catalog; built it from EC2's figures (" + where + "): "
          + ChipRange.plural(type.chips(), chip.chipName() + " chip") + " with " + chip.physicalCoresPerChip()
          + " NeuronCore-v" + chip.neuronCoreVersion() + " each, " + type.vcpus() + " vCPUs, " + type.memoryGiB()
          + " GiB memory, " + ChipRange.plural(type.maxEfaInterfaces(), "EFA interface");
    }
    TypeCheck check = CatalogCheck.compare(catalog, row.get(), ec2);
    String built = "built " + type.name() + " from EC2's figures (" + where + ")";
    return switch (check.status()) {
      case SAME -> built + "; they agree with the built-in catalog";
      case KNOWN -> built + "; they agree with the built-in catalog but for a known EC2 defect, where the catalog's"
          + " figure is used (" + knownDefects(check) + ")";
      default -> built + " instead of the built-in row, which differs (" + differences(check)
          + "); if EC2 is right, the catalog needs fixing (docs/catalog.md)";
    };
  }

  private static String knownDefects(TypeCheck check) {
    List<String> out = new ArrayList<>();
    for (FieldDifference d : check.differences()) {
      out.add(d.knownDefect().explanation());
    }
    return String.join("; ", out);
  }

  private static String differences(TypeCheck check) {
    List<String> out = new ArrayList<>();
    for (FieldDifference d : check.differences()) {
      if (!d.isKnown()) {
        out.add(d.field().key() + ": catalog " + d.catalog() + ", EC2 " + (d.ec2() == null ? "not reported" : d.ec2()));
      }
    }
    return String.join("; ", out);
  }

  /** "Trn3" for trn3.48xlarge: the instance family as people write it. */
  static String instanceFamily(String typeName) {
    int dot = typeName.indexOf('.');
    String prefix = dot > 0 ? typeName.substring(0, dot) : typeName;
    return prefix.isEmpty() ? prefix : prefix.substring(0, 1).toUpperCase(Locale.ROOT) + prefix.substring(1);
  }

  /** Takes EC2's figures, falling back to the catalog's (with a note) where EC2 reports none. */
  private static final class Figures {
    private final String name;
    private final String where;
    private final List<String> notes;

    Figures(String name, String where, List<String> notes) {
      this.name = name;
      this.where = where;
      this.notes = notes;
    }

    int take(Integer reported, Optional<Integer> fallback, String what) {
      if (reported != null) {
        return reported;
      }
      if (fallback.isPresent()) {
        notes.add(where + " does not report the " + what + " of " + name + "; using the catalog's " + fallback.get());
        return fallback.get();
      }
      throw missing(what);
    }

    NeuronEcsException missing(String what) {
      return NeuronEcsException.failure(
          where + " does not report the " + what + " of " + name + ", so --from-ec2 cannot build it; run"
              + " 'neuron-ecs catalog --check' to see what EC2 reports",
          null);
    }
  }
}
