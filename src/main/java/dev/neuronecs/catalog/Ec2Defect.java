package dev.neuronecs.catalog;

import java.util.Objects;

/**
 * A figure EC2 is known to report wrongly for a chip, kept in the catalog next to the rows it would
 * otherwise flag: {@code catalog --check} shows it as {@code known} rather than {@code different},
 * and {@code --from-ec2} uses the catalog's figure instead. It matches only the exact wrong value,
 * so a fix at AWS (or another wrong value) shows up.
 *
 * @param chip the chip family EC2 misreports
 * @param field the figure
 * @param reported the value EC2 reports
 * @param explanation what is wrong, for people
 * @param source where the right figure (and the report of the defect) come from
 */
public record Ec2Defect(ChipFamily chip, Ec2Field field, Object reported, String explanation, String source) {
  /** Whether EC2's {@code value} of {@code field} for a type carrying {@code family} is this defect. */
  public boolean matches(ChipFamily family, Ec2Field field, Object value) {
    return family.is(chip) && this.field == field && Objects.equals(reported, value);
  }
}
