package dev.neuronecs.cli;

import java.util.List;

/** {@code -o json|yaml} for commands that print task definitions. */
final class DocumentFormatOption {
  private DocumentFormatOption() {}

  static Opt option() {
    return Opt.string("-o,--output", "FORMAT", "json (default) or yaml.")
        .defaultValue("json")
        .candidates(new Candidates.DocumentFormats());
  }

  /** "json" or "yaml"; anything else is bad input. */
  static String format(Args args) {
    return Output.format(args.string("--output"), List.of("json", "yaml"));
  }
}
