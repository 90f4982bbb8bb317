package dev.neuronecs.validate;

import java.util.List;

/**
 * One named concern the validator checks, e.g. the document's structure or the mapped chips. A rule
 * reads the document through {@link TaskDocument}'s lenient views and must cope with any shape of
 * input: a value of the wrong type is the structure rule's finding, never an exception here.
 */
interface Rule {
  /** Adds this rule's findings about {@code doc} to {@code out}, in document order. */
  void check(TaskDocument doc, List<Finding> out);
}
