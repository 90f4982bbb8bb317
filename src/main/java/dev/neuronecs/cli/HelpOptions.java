package dev.neuronecs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * -h and -V for every command. The same as picocli's mixinStandardHelpOptions, but without its
 * start-up cost (that route builds its options through picocli's default factory).
 */
@Command(addMethodSubcommands = false)
public final class HelpOptions {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
  boolean version;
}
