package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;

/** A name and a value: an environment variable ({@code name}/{@code value}) or a tag. */
public record KeyValue(String name, String value) {

  /** Parses "KEY=VALUE" given to {@code option}; the value may be empty, the key may not. */
  public static KeyValue parse(String text, String option) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw NeuronEcsException.usage(
          option + " '" + text + "' needs the form KEY=VALUE, e.g. " + option + " LOG_LEVEL=info");
    }
    return new KeyValue(text.substring(0, eq), text.substring(eq + 1));
  }
}
