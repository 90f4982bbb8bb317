package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.render.Json;
import dev.neuronecs.render.Yaml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Renders documents in the format asked for and sends them to stdout or a file. */
final class Output {
  private Output() {}

  /** The format name, lowercased, if it is one of {@code allowed}; otherwise bad input. */
  static String format(String value, List<String> allowed) {
    String f = value.trim().toLowerCase(Locale.ROOT);
    if (!allowed.contains(f)) {
      throw NeuronEcsException.usage(
          "unknown output format '" + value + "'; use " + String.join(" or ", allowed));
    }
    return f;
  }

  /** JSON or YAML text of a tree. */
  static String render(Object tree, String format) {
    return format.equals("yaml") ? Yaml.write(tree) : Json.write(tree);
  }

  /** Writes {@code text} to {@code file} atomically, or to stdout when {@code file} is null. */
  static void emit(PrintWriter out, String text, Path file, String option) {
    if (file == null) {
      out.print(text);
      out.flush();
    } else {
      AtomicFile.write(file, text, option);
    }
  }

  static void note(PrintWriter err, String note) {
    err.println("neuron-ecs: note: " + note);
  }

  static void notes(PrintWriter err, List<String> notes) {
    for (String note : notes) {
      note(err, note);
    }
  }
}
