package dev.neuronecs.catalog;

import static dev.neuronecs.catalog.ChipFamily.INFERENTIA;
import static dev.neuronecs.catalog.ChipFamily.INFERENTIA2;
import static dev.neuronecs.catalog.ChipFamily.TRAINIUM;
import static dev.neuronecs.catalog.ChipFamily.TRAINIUM2;
import static dev.neuronecs.catalog.Topology.RING;
import static dev.neuronecs.catalog.Topology.SINGLE;
import static dev.neuronecs.catalog.Topology.TORUS_2D;

import dev.neuronecs.Closest;
import dev.neuronecs.NeuronEcsException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in catalog of Neuron instance types: the single source of truth. {@code
 * docs/catalog.md} is generated from it, and {@code catalog --check} compares it with EC2.
 */
public final class Catalog {
  private static final String EC2 = "EC2 DescribeInstanceTypes";
  private static final String NEURON_DOCS =
      "https://awsdocs-neurons.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/";

  private static final Catalog BUILT_IN =
      new Catalog(
          List.of(
              inf1("inf1.xlarge", 4, 8, 1, 0),
              inf1("inf1.2xlarge", 8, 16, 1, 0),
              inf1("inf1.6xlarge", 24, 48, 4, 0),
              inf1("inf1.24xlarge", 96, 192, 16, 1),
              inf2(
                  "inf2.xlarge",
                  4,
                  16,
                  1,
                  "the ECS guide lists 8 vCPUs; EC2 and the Neuron docs give 4"),
              inf2(
                  "inf2.8xlarge",
                  32,
                  128,
                  1,
                  "the ECS guide lists 64 GiB; EC2 and the Neuron docs give 128 GiB"),
              inf2("inf2.24xlarge", 96, 384, 6, ""),
              inf2("inf2.48xlarge", 192, 768, 12, ""),
              trn1("trn1.2xlarge", 8, 32, 1, 0, SINGLE),
              trn1("trn1.32xlarge", 128, 512, 16, 8, TORUS_2D),
              trn1("trn1n.32xlarge", 128, 512, 16, 16, TORUS_2D),
              new InstanceType(
                  "trn2.3xlarge",
                  TRAINIUM2,
                  12,
                  128 * 1024,
                  1,
                  1,
                  SINGLE,
                  EC2 + "; " + NEURON_DOCS + "trn2-arch.html",
                  "missing from the ECS guide"),
              new InstanceType(
                  "trn2.48xlarge",
                  TRAINIUM2,
                  192,
                  2048 * 1024,
                  16,
                  16,
                  TORUS_2D,
                  EC2 + "; " + NEURON_DOCS + "trn2-arch.html",
                  "missing from the ECS guide"),
              new InstanceType(
                  "trn2u.48xlarge",
                  TRAINIUM2,
                  192,
                  2048 * 1024,
                  16,
                  16,
                  TORUS_2D,
                  NEURON_DOCS
                      + "trn2-arch.html (Trn2 UltraServer); EFA count from"
                      + " aws-neuron/aws-neuron-eks-samples#10",
                  "missing from the ECS guide; not in EC2's public instance data")),
          List.of(
              new Ec2Defect(
                  TRAINIUM2,
                  Ec2Field.DEVICE_MEMORY,
                  512 * 1024,
                  "EC2 reports 512 GiB of device memory per Trainium2 chip; the chip has 96 GiB",
                  "EC2 DescribeInstanceTypes NeuronInfo.NeuronDevices[].MemoryInfo.SizeInMiB = 524288 for"
                      + " trn2.3xlarge and trn2.48xlarge; 96 GiB HBM per chip:"
                      + " https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html")));

  private final Map<String, InstanceType> byName;
  private final List<Ec2Defect> ec2Defects;

  /** A catalog of the given rows, in that order, with no known EC2 defects (tests build their own). */
  public Catalog(List<InstanceType> types) {
    this(types, List.of());
  }

  /** A catalog of the given rows, in that order, and the EC2 reporting defects known for them. */
  public Catalog(List<InstanceType> types, List<Ec2Defect> ec2Defects) {
    Map<String, InstanceType> map = new LinkedHashMap<>();
    for (InstanceType type : types) {
      map.put(type.name(), type);
    }
    this.byName = Collections.unmodifiableMap(map);
    this.ec2Defects = List.copyOf(ec2Defects);
  }

  public static Catalog builtIn() {
    return BUILT_IN;
  }

  public List<InstanceType> all() {
    return new ArrayList<>(byName.values());
  }

  public List<String> names() {
    return new ArrayList<>(byName.keySet());
  }

  /** The type with this name in any case, if the catalog has it. */
  public Optional<InstanceType> find(String name) {
    return Optional.ofNullable(byName.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /** The type with this name in any case; an unknown name is bad input naming the closest ones. */
  public InstanceType require(String name) {
    return require(name, "run 'neuron-ecs catalog' to list the Neuron instance types");
  }

  /** As {@link #require(String)}, with {@code advice} on what to do instead of the default one. */
  public InstanceType require(String name, String advice) {
    return find(name)
        .orElseThrow(
            () ->
                NeuronEcsException.usage(
                    "unknown instance type '" + name + "'" + Closest.hint(name, byName.keySet()) + "; " + advice));
  }

  /** The EC2 reporting defects known for this catalog's chips ({@code catalog --check}). */
  public List<Ec2Defect> ec2Defects() {
    return ec2Defects;
  }

  /** The known defect that explains EC2 reporting {@code value} as {@code field} of a {@code family} type. */
  public Optional<Ec2Defect> ec2Defect(ChipFamily family, Ec2Field field, Object value) {
    return ec2Defects.stream().filter(d -> d.matches(family, field, value)).findFirst();
  }

  /** This catalog with {@code row} instead of its type of that name, or added at the end. */
  public Catalog with(InstanceType row) {
    Map<String, InstanceType> map = new LinkedHashMap<>(byName);
    map.put(row.name(), row);
    return new Catalog(new ArrayList<>(map.values()), ec2Defects);
  }

  private static InstanceType inf1(String name, int vcpus, int gib, int chips, int efa) {
    return new InstanceType(
        name,
        INFERENTIA,
        vcpus,
        gib * 1024,
        chips,
        efa,
        chips == 1 ? SINGLE : RING,
        EC2 + "; " + NEURON_DOCS + "inf1-arch.html",
        "");
  }

  private static InstanceType inf2(String name, int vcpus, int gib, int chips, String note) {
    return new InstanceType(
        name,
        INFERENTIA2,
        vcpus,
        gib * 1024,
        chips,
        0,
        chips == 1 ? SINGLE : RING,
        EC2 + "; " + NEURON_DOCS + "inf2-arch.html",
        note);
  }

  private static InstanceType trn1(
      String name, int vcpus, int gib, int chips, int efa, Topology topology) {
    String note = name.startsWith("trn1n") ? "missing from the ECS guide" : "";
    return new InstanceType(
        name,
        TRAINIUM,
        vcpus,
        gib * 1024,
        chips,
        efa,
        topology,
        EC2 + "; " + NEURON_DOCS + "trn1-arch.html",
        note);
  }
}
