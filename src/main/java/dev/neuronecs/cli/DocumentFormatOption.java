package dev.neuronecs.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code -o json|yaml} for commands that print task definitions. */
@Command(addMethodSubcommands = false)
public final class DocumentFormatOption {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "json",
      completionCandidates = Candidates.DocumentFormats.class,
      description = "json (default) or yaml.")
  String output;

  /** "json" or "yaml"; anything else is bad input. */
  String format() {
    return Output.format(output, List.of("json", "yaml"));
  }
}
