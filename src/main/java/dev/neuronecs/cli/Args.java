package dev.neuronecs.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The parsed values of one command's options and parameters, read by option name. */
final class Args {
  private final CommandSpec spec;

  Args(CommandSpec spec) {
    this.spec = spec;
  }

  /** The value of {@code name} (an option's longest name), its default when not given, or null. */
  String string(String name) {
    return (String) value(name);
  }

  Integer integer(String name) {
    return (Integer) value(name);
  }

  /** Like {@link #integer}, but null when the command does not have the option at all. */
  Integer integerIfPresent(String name) {
    return spec.optionsMap().containsKey(name) ? integer(name) : null;
  }

  Path path(String name) {
    return (Path) value(name);
  }

  boolean flag(String name) {
    return Boolean.TRUE.equals(value(name));
  }

  /** The values of a repeatable option, in the order given; empty when not given. */
  @SuppressWarnings("unchecked")
  List<String> strings(String name) {
    List<String> values = (List<String>) value(name);
    return values == null ? List.of() : values;
  }

  /** The value of the {@code index}th positional parameter, or null. */
  String parameter(int index) {
    return (String) spec.positionalParameters().get(index).getValue();
  }

  @SuppressWarnings("unchecked")
  List<String> parameterList(int index) {
    List<String> values = (List<String>) spec.positionalParameters().get(index).getValue();
    return values == null ? List.of() : values;
  }

  /** Whether {@code name} was given on the command line (not merely defaulted). */
  boolean given(String name) {
    ParseResult result = spec.commandLine().getParseResult();
    return result != null && result.hasMatchedOption(name);
  }

  boolean verbose() {
    return flag("--verbose");
  }

  private Object value(String name) {
    OptionSpec option = spec.optionsMap().get(name);
    if (option == null) {
      throw new IllegalArgumentException(spec.qualifiedName() + " has no option " + name);
    }
    ArgSpec arg = option;
    return arg.getValue();
  }
}
