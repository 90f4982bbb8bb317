package dev.neuronecs.taskdef;

/**
 * One difference between two task definitions at a JSON path such as {@code
 * containerDefinitions[name=web].image}. {@code before} is null for an addition, {@code after} for
 * a removal.
 */
public record Change(Kind kind, String path, Object before, Object after) {
  /** What happened at the path, going from the registered document to the new one. */
  public enum Kind {
    ADDED("+", "add"),
    REMOVED("-", "remove"),
    CHANGED("~", "change");

    private final String sign;
    private final String op;

    Kind(String sign, String op) {
      this.sign = sign;
      this.op = op;
    }

    /** "+", "-" or "~", for the people-readable listing. */
    public String sign() {
      return sign;
    }

    /** "add", "remove" or "change", for the JSON listing. */
    public String op() {
      return op;
    }
  }
}
