package dev.neuronecs.catalog;

/**
 * One figure where EC2 and the catalog disagree.
 *
 * @param ec2 EC2's value, or null when EC2 does not report it
 * @param knownDefect the catalog's entry that explains it, or null for a real difference
 */
public record FieldDifference(Ec2Field field, Object catalog, Object ec2, Ec2Defect knownDefect) {
  public boolean isKnown() {
    return knownDefect != null;
  }
}
