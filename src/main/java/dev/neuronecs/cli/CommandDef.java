package dev.neuronecs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command declared in code: its name, help text, options and parameters. The command object
 * (a {@link java.util.concurrent.Callable}) is what picocli runs once the arguments are parsed.
 */
final class CommandDef {
  private static final CommandLine.IFactory NO_REFLECTION =
      new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
          return cls.getDeclaredConstructor().newInstance();
        }
      };

  private final CommandSpec spec;

  private CommandDef(CommandSpec spec) {
    this.spec = spec;
  }

  static CommandDef command(String name, Object command, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command, NO_REFLECTION).name(name);
    spec.usageMessage().description(description);
    return new CommandDef(spec);
  }

  CommandDef option(Opt option) {
    spec.addOption(option.build());
    return this;
  }

  /** A positional parameter taking one string; {@code arity} "1" (required) or "0..1". */
  CommandDef parameter(String label, String arity, String description) {
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel(label)
            .arity(arity)
            .required(!arity.startsWith("0"))
            .type(String.class)
            .description(description)
            .build());
    return this;
  }

  /** Positional parameters taking any number of strings. */
  CommandDef parameters(String label, String description) {
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel(label)
            .arity("0..*")
            .type(java.util.List.class)
            .auxiliaryTypes(String.class)
            .description(description)
            .build());
    return this;
  }

  CommandDef hidden() {
    spec.usageMessage().hidden(true);
    return this;
  }

  CommandSpec spec() {
    return spec;
  }
}
