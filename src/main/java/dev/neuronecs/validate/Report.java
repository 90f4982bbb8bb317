package dev.neuronecs.validate;

import java.util.List;

/**
 * What the validator found in one document: the findings in a stable order (errors, then warnings,
 * then notes; within each, in the order of the rules and of the document).
 */
public record Report(TaskDocument.Form form, List<Finding> findings) {
  public Report {
    findings = List.copyOf(findings);
  }

  public int count(Severity severity) {
    int n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /** Whether ECS would refuse the document or the task would fail: what makes register stop. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Whether the run fails: on errors, and with {@code strict} on warnings too (never on notes). */
  public boolean fails(boolean strict) {
    return hasErrors() || (strict && count(Severity.WARNING) > 0);
  }
}
