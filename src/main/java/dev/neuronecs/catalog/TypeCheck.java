package dev.neuronecs.catalog;

import java.util.List;

/**
 * The comparison of one instance type between the catalog and EC2.
 *
 * @param name the type
 * @param status what was found
 * @param differences every figure that differs, known EC2 defects included (empty unless {@link
 *     CheckStatus#KNOWN} or {@link CheckStatus#DIFFERENT})
 * @param ec2 what EC2 reports, or null when EC2 does not offer the type here
 */
public record TypeCheck(String name, CheckStatus status, List<FieldDifference> differences, Ec2InstanceType ec2) {
  public TypeCheck {
    differences = List.copyOf(differences);
  }
}
