package dev.neuronecs.cli;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.render.FindingsView;
import dev.neuronecs.render.Json;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.render.YamlReader;
import dev.neuronecs.validate.Report;
import dev.neuronecs.validate.Severity;
import dev.neuronecs.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuron-ecs validate}: checks a task definition offline, Neuron rules included. */
final class ValidateCommand implements Callable<Integer> {
  /** Far above ECS's task definition size; a larger input is not a task definition. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private final CliContext context;

  private final CommandSpec spec =
      CommandDef.command(
              "validate",
              this,
              "Check a task definition offline, Neuron rules included.",
              "The keys and types RegisterTaskDefinition accepts, and what ECS and the Neuron",
              "runtime need: chips, topology, cores, placement, CPU and memory, security.",
              "Reads a --cli-input-json file, 'neuron-ecs gen' output, or the output of",
              "'aws ecs describe-task-definition'. Findings go to stdout; exit 3 on errors",
              "(and on warnings with --strict). Every check: docs/validate.md.",
              "",
              "  neuron-ecs gen --instance inf2.xlarge | neuron-ecs validate -")
          .parameter(
              "FILE", "1", "The task definition: JSON (YAML if the name ends in .yaml or .yml), or - for stdin.")
          .option(Opt.flag("--strict", "Fail (exit 3) on warnings too, not only on errors."))
          .option(Opt.string("-o,--output", "FORMAT", "text (default) or json.").defaultValue("text"))
          .spec();

  ValidateCommand(CliContext context) {
    this.context = context;
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Args args = new Args(spec);
    String file = args.parameter(0);
    boolean strict = args.flag("--strict");
    String format = Output.format(args.string("--output"), List.of("text", "json"));
    boolean stdin = file.equals("-");
    String source = stdin ? "stdin" : file;
    String text = stdin ? readStdin() : readFile(Path.of(file));
    Object tree = parse(text, source, !stdin && isYaml(file));
    Report report = Validator.builtIn().validate(tree);
    String result = format.equals("json") ? Json.write(FindingsView.tree(source, report)) : FindingsView.text(source, report);
    Output.emit(spec.commandLine().getOut(), result, null, null);
    boolean fails = report.fails(strict);
    String strictNote =
        strict && !report.hasErrors() && report.count(Severity.WARNING) > 0 ? " (--strict: warnings fail)" : "";
    Output.note(spec.commandLine().getErr(), source + ": " + FindingsView.summary(report) + strictNote);
    return fails ? ExitCode.INVALID.code() : ExitCode.OK.code();
  }

  private static boolean isYaml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  private static Object parse(String text, String source, boolean yaml) {
    return yaml ? YamlReader.read(text, source) : JsonReader.read(text, source);
  }

  private String readStdin() {
    try (InputStream in = context.stdin()) {
      return decode(in.readNBytes(MAX_BYTES + 1), "stdin");
    } catch (IOException e) {
      throw NeuronEcsException.usage("cannot read stdin: " + e.getMessage(), e);
    }
  }

  private static String readFile(Path path) {
    try {
      if (Files.isDirectory(path)) {
        throw NeuronEcsException.usage(path + " is a directory; give the task definition file");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw tooLarge(path.toString());
      }
      return decode(Files.readAllBytes(path), path.toString());
    } catch (NoSuchFileException e) {
      throw NeuronEcsException.usage("cannot read " + path + ": no such file; check the path", e);
    } catch (AccessDeniedException e) {
      throw NeuronEcsException.usage("cannot read " + path + ": permission denied", e);
    } catch (IOException e) {
      throw NeuronEcsException.usage("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static String decode(byte[] bytes, String source) {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(source);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw NeuronEcsException.usage(source + " is not UTF-8 text; save the task definition as UTF-8 JSON", e);
    }
  }

  private static NeuronEcsException tooLarge(String source) {
    return NeuronEcsException.usage(
        source + " is larger than " + MAX_BYTES / (1024 * 1024) + " MiB, far beyond any task definition");
  }
}
