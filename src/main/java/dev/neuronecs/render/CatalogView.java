package dev.neuronecs.render;

import dev.neuronecs.catalog.ChipFamily;
import dev.neuronecs.catalog.InstanceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalog for people (a table, markdown for the docs) and for scripts (a JSON tree). */
public final class CatalogView {
  private CatalogView() {}

  /** One object per instance type, for --output json and yaml. */
  public static List<Object> tree(List<InstanceType> types) {
    List<Object> out = new ArrayList<>();
    for (InstanceType t : types) {
      ChipFamily chip = t.chipFamily();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("instanceType", t.name());
      m.put("chip", chip.chipName());
      m.put("vcpus", t.vcpus());
      m.put("memoryMiB", t.memoryMiB());
      m.put("chips", t.chips());
      m.put("physicalCoresPerChip", chip.physicalCoresPerChip());
      m.put("neuronCoreVersion", chip.neuronCoreVersion());
      m.put("visibleCoresPerChip", chip.visibleCoresPerChip());
      m.put("visibleCores", t.visibleCores());
      m.put("acceleratorMemoryPerChipGiB", chip.memoryPerChipGiB());
      m.put("maxEfaInterfaces", t.maxEfaInterfaces());
      m.put("topology", t.topology().label());
      m.put("devicePaths", new ArrayList<Object>(t.devicePaths()));
      m.put("source", t.source());
      if (!t.note().isEmpty()) {
        m.put("note", t.note());
      }
      out.add(m);
    }
    return out;
  }

  public static String table(List<InstanceType> types) {
    Table table =
        new Table(
            "TYPE", "CHIP", "VCPU", "MEM_GIB", "CHIPS", "CORES/CHIP", "NC", "VISIBLE/CHIP",
            "ACCEL_GIB/CHIP", "EFA", "TOPOLOGY", "DEVICES");
    for (InstanceType t : types) {
      ChipFamily chip = t.chipFamily();
      table.row(
          t.name(),
          chip.chipName(),
          t.vcpus(),
          t.memoryGiB(),
          t.chips(),
          chip.physicalCoresPerChip(),
          "v" + chip.neuronCoreVersion(),
          visible(chip),
          chip.memoryPerChipGiB(),
          t.maxEfaInterfaces(),
          t.topology().label(),
          t.devicePathRange());
    }
    return table.render();
  }

  /** The generated table of docs/catalog.md. */
  public static String markdown(List<InstanceType> types) {
    StringBuilder sb = new StringBuilder();
    sb.append("| Instance type | Chip | vCPU | Memory (GiB) | Chips | NeuronCores/chip (physical)")
        .append(" | NeuronCore | Visible cores/chip (default) | Accelerator memory/chip (GiB)")
        .append(" | Max EFA | Topology | Devices | Source | ECS guide |\n");
    sb.append("|---|---|---:|---:|---:|---:|---|---|---:|---:|---|---|---|---|\n");
    for (InstanceType t : types) {
      ChipFamily chip = t.chipFamily();
      sb.append("| ").append(t.name())
          .append(" | ").append(chip.chipName())
          .append(" | ").append(t.vcpus())
          .append(" | ").append(t.memoryGiB())
          .append(" | ").append(t.chips())
          .append(" | ").append(chip.physicalCoresPerChip())
          .append(" | v").append(chip.neuronCoreVersion())
          .append(" | ").append(visible(chip))
          .append(" | ").append(chip.memoryPerChipGiB())
          .append(" | ").append(t.maxEfaInterfaces())
          .append(" | ").append(t.topology().label())
          .append(" | `").append(t.devicePathRange()).append('`')
          .append(" | ").append(t.source())
          .append(" | ").append(t.note().isEmpty() ? "agrees" : t.note())
          .append(" |\n");
    }
    return sb.toString();
  }

  private static String visible(ChipFamily chip) {
    return chip.hasLogicalCores()
        ? chip.visibleCoresPerChip() + " (LNC=2)"
        : Integer.toString(chip.visibleCoresPerChip());
  }
}
