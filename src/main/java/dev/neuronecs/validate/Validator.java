package dev.neuronecs.validate;

import dev.neuronecs.catalog.Catalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a task definition offline: its structure against RegisterTaskDefinition's input shape, then
 * what ECS and the Neuron runtime need of it. Pure: no I/O, the same document always gives the same
 * findings in the same order. docs/validate.md describes every check.
 *
 * <pre>{@code
 * Report report = Validator.builtIn().validate(JsonReader.read(text, "taskdef.json"));
 * if (report.hasErrors()) { ... }
 * }</pre>
 */
public final class Validator {
  private static final class Holder {
    static final Validator BUILT_IN = new Validator(Schema.builtIn(), Catalog.builtIn());
  }

  private final Catalog catalog;
  private final List<Rule> rules;

  public Validator(Schema schema, Catalog catalog) {
    this.catalog = catalog;
    this.rules =
        List.of(
            new StructureRule(schema),
            new NamesRule(),
            new PlacementRule(),
            new DeviceRule(),
            new CoresRule(),
            new ResourcesRule(),
            new LaunchTypeRule(),
            new NeuronDeviceRule(),
            new SecurityRule(),
            new PlaceholderRule(),
            new PortRule());
  }

  /** The validator with the shipped schema and {@code catalog} (the built-in one is shared). */
  public static Validator forCatalog(Catalog catalog) {
    return catalog == Catalog.builtIn() ? builtIn() : new Validator(Schema.builtIn(), catalog);
  }

  /** The validator with the shipped schema and the built-in instance catalog. */
  public static Validator builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * Checks {@code tree}, a document as {@link dev.neuronecs.render.JsonReader} reads it: a
   * RegisterTaskDefinition input or describe-task-definition output, or anything else (which is
   * itself a finding). Never throws on odd input.
   */
  public Report validate(Object tree) {
    TaskDocument doc = TaskDocument.of(tree, catalog);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      rule.check(doc, findings);
    }
    findings.sort(Comparator.comparing(Finding::severity));
    return new Report(doc.form(), findings);
  }
}
