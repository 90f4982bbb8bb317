package dev.neuronecs.cli;

import picocli.CommandLine.Model.OptionSpec;

/** -h and -V, which every command offers. */
final class HelpOptions {
  private HelpOptions() {}

  static OptionSpec help() {
    return Opt.flag("-h,--help", "Show this help message and exit.").usageHelp().build();
  }

  static OptionSpec version() {
    return Opt.flag("-V,--version", "Print version information and exit.").versionHelp().build();
  }
}
