package dev.neuronecs.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * One option, declared in code: names ("-o,--output"), the label of its value and its help text.
 * Declaring options like this, rather than with picocli's annotations, spares every run from
 * reading annotations by reflection, which was a third of gen's start-up.
 */
final class Opt {
  private final OptionSpec.Builder builder;

  private Opt(OptionSpec.Builder builder) {
    this.builder = builder;
  }

  /** The option's longest name, e.g. "--output". */
  String name() {
    String longest = "";
    for (String n : builder.names()) {
      if (n.length() > longest.length()) {
        longest = n;
      }
    }
    return longest;
  }

  private static Opt of(String names, String label, Class<?> type, String description) {
    OptionSpec.Builder b = OptionSpec.builder(names.split(",")).type(type).description(description);
    if (label != null) {
      b.paramLabel(label);
    }
    return new Opt(b);
  }

  /** An option taking one string. */
  static Opt string(String names, String label, String description) {
    return of(names, label, String.class, description);
  }

  /** An option taking one whole number. */
  static Opt integer(String names, String label, String description) {
    return of(names, label, Integer.class, description);
  }

  /** An option taking a file path. */
  static Opt path(String names, String label, String description) {
    return of(names, label, Path.class, description);
  }

  /** An option without a value: present or not. */
  static Opt flag(String names, String description) {
    return new Opt(OptionSpec.builder(names.split(",")).type(boolean.class).arity("0").description(description));
  }

  /** A repeatable option; its values come as a list of strings. */
  static Opt strings(String names, String label, String description) {
    return new Opt(
        OptionSpec.builder(names.split(","))
            .type(List.class)
            .auxiliaryTypes(String.class)
            .paramLabel(label)
            .description(description));
  }

  /** The values shell completion offers. */
  Opt candidates(Iterable<String> values) {
    builder.completionCandidates(values);
    return this;
  }

  Opt defaultValue(String value) {
    builder.defaultValue(value);
    return this;
  }

  /** The value may be left out, and then is {@code fallback}. */
  Opt valueOptional(String fallback) {
    builder.arity("0..1").fallbackValue(fallback);
    return this;
  }

  Opt usageHelp() {
    builder.usageHelp(true);
    return this;
  }

  Opt versionHelp() {
    builder.versionHelp(true);
    return this;
  }

  /** Offered by every subcommand too. */
  Opt inherited() {
    builder.scopeType(ScopeType.INHERIT);
    return this;
  }

  Opt required() {
    builder.required(true);
    return this;
  }

  Opt hidden() {
    builder.hidden(true);
    return this;
  }

  OptionSpec build() {
    return builder.build();
  }
}
