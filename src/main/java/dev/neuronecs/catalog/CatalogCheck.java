package dev.neuronecs.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in catalog compared with what EC2's DescribeInstanceTypes reports in one region
 * ({@code catalog --check}): the catalog's rows in catalog order, then the Neuron types only EC2
 * has, by name. Pure: the same inputs give the same result.
 */
public final class CatalogCheck {
  private final List<TypeCheck> types;

  private CatalogCheck(List<TypeCheck> types) {
    this.types = List.copyOf(types);
  }

  /** Compares every row of {@code catalog} with {@code ec2}, the Neuron types EC2 offers. */
  public static CatalogCheck of(Catalog catalog, List<Ec2InstanceType> ec2) {
    Map<String, Ec2InstanceType> byName = new LinkedHashMap<>();
    for (Ec2InstanceType e : ec2) {
      byName.put(e.name(), e);
    }
    List<TypeCheck> out = new ArrayList<>();
    for (InstanceType row : catalog.all()) {
      Ec2InstanceType e = byName.remove(row.name());
      out.add(e == null ? new TypeCheck(row.name(), CheckStatus.NOT_OFFERED, List.of(), null) : compare(catalog, row, e));
    }
    for (Ec2InstanceType e : new TreeMap<>(byName).values()) {
      out.add(new TypeCheck(e.name(), CheckStatus.NOT_IN_CATALOG, List.of(), e));
    }
    return new CatalogCheck(out);
  }

  /** One row against EC2's figures for it: same, known (only known defects differ) or different. */
  public static TypeCheck compare(Catalog catalog, InstanceType row, Ec2InstanceType ec2) {
    List<FieldDifference> differences = new ArrayList<>();
    boolean unexplained = false;
    for (Ec2Field field : Ec2Field.values()) {
      Object ours = field.catalogValue(row);
      Object theirs = field.ec2Value(ec2);
      if (!ours.equals(theirs)) {
        Ec2Defect defect = catalog.ec2Defect(row.chipFamily(), field, theirs).orElse(null);
        differences.add(new FieldDifference(field, ours, theirs, defect));
        unexplained |= defect == null;
      }
    }
    CheckStatus status = differences.isEmpty() ? CheckStatus.SAME : unexplained ? CheckStatus.DIFFERENT : CheckStatus.KNOWN;
    return new TypeCheck(row.name(), status, differences, ec2);
  }

  public List<TypeCheck> types() {
    return types;
  }

  /** Only the types named (lowercase), in the same order. */
  public CatalogCheck only(List<String> names) {
    return new CatalogCheck(types.stream().filter(t -> names.contains(t.name())).toList());
  }

  public int count(CheckStatus status) {
    return (int) types.stream().filter(t -> t.status() == status).count();
  }

  /** Whether some type is different or missing from the catalog ({@code catalog --check} exits 4). */
  public boolean needsAttention() {
    return types.stream().anyMatch(t -> t.status().needsAttention());
  }
}
