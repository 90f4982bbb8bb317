package dev.neuronecs.catalog;

/** What {@code catalog --check} found for one instance type. */
public enum CheckStatus {
  /** EC2 reports the catalog's figures. */
  SAME("same", "same"),
  /** Only known EC2 reporting defects differ ({@link Ec2Defect}). */
  KNOWN("known", "known"),
  /** Some figure differs: the catalog or EC2 is wrong. */
  DIFFERENT("different", "different"),
  /** EC2 offers a Neuron type the catalog does not have (launched after this release). */
  NOT_IN_CATALOG("not-in-catalog", "not in catalog"),
  /** The catalog has the type but EC2 does not offer it in this region. */
  NOT_OFFERED("not-offered", "not offered by EC2 here");

  private final String key;
  private final String label;

  CheckStatus(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** For JSON, e.g. "not-in-catalog". */
  public String key() {
    return key;
  }

  /** For people, e.g. "not in catalog". */
  public String label() {
    return label;
  }

  /** Whether this status makes {@code catalog --check} exit 4: the catalog needs a look. */
  public boolean needsAttention() {
    return this == DIFFERENT || this == NOT_IN_CATALOG;
  }
}
