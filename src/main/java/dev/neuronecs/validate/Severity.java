package dev.neuronecs.validate;

import java.util.Locale;

/** How bad a finding is; the order of the constants is the order findings are reported in. */
public enum Severity {
  /** ECS would refuse the document, or the task fails or misbehaves on the Neuron host. */
  ERROR,
  /** Works, but is risky or unidiomatic; fails the run only with --strict. */
  WARNING,
  /** Worth knowing, never a failure (e.g. read-only keys that register drops). */
  NOTE;

  /** "error", "warning" or "note", as printed. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
