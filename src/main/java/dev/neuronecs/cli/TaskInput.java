package dev.neuronecs.cli;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.aws.AwsClients;
import dev.neuronecs.aws.EcsTaskDefinitions;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.taskdef.Generated;
import dev.neuronecs.taskdef.ImportedTaskDefinition;
import dev.neuronecs.taskdef.TaskDefinitionBuilder;
import dev.neuronecs.taskdef.TaskDefinitionTree;
import dev.neuronecs.taskdef.TaskRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The task definition {@code register} and {@code diff} work on: built from the gen options, or
 * read from {@code --file} (JSON, or YAML for .yaml/.yml; {@code -} is stdin). A file may be the
 * output of {@code aws ecs describe-task-definition}: its read-only keys are dropped with a note.
 * Either way the result is checked against ECS's model before anything is sent.
 */
final class TaskInput {
  /**
   * The task definition to work on, and the catalog to check it against: the context's, or with
   * {@code --from-ec2} one that holds the type as EC2 describes it.
   */
  record Document(Map<String, Object> tree, Catalog catalog) {
    String family() {
      return (String) tree.get("family");
    }
  }

  private TaskInput() {}

  static Document read(CommandSpec spec, CliContext context, TaskOptions task, String file, AwsClients clients) {
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Object> document;
    Catalog catalog = context.catalog();
    if (file != null) {
      List<String> given = givenGenOptions(spec);
      if (!given.isEmpty()) {
        throw NeuronEcsException.usage(
            "--file and " + String.join(", ", given) + " cannot be combined; put everything in the file, or drop --file");
      }
      ImportedTaskDefinition imported = ImportedTaskDefinition.of(parse(file, context));
      if (!imported.dropped().isEmpty()) {
        Output.note(err, "dropped the keys only ECS writes (" + String.join(", ", imported.dropped()) + ") from " + name(file));
      }
      document = imported.document();
    } else {
      if (task.instance == null && task.spec == null) {
        throw NeuronEcsException.usage(
            "give --instance TYPE (with the other gen options), --spec FILE, or --file FILE holding a task definition");
      }
      TaskRequest request = task.toRequest(context, clients.region()).build();
      List<String> notes = new ArrayList<>();
      if (task.fromEc2) {
        catalog = FromEc2.catalog(context, request, clients, err, AwsOptions.verbose(spec), notes);
      }
      Generated generated = new TaskDefinitionBuilder(catalog).build(request);
      notes.addAll(generated.notes());
      Output.notes(err, notes);
      document = TaskDefinitionTree.of(generated.taskDefinition());
    }
    if (!(document.get("family") instanceof String family) || family.isBlank()) {
      throw NeuronEcsException.usage("the task definition has no family; add \"family\": \"NAME\" to it");
    }
    return new Document(EcsTaskDefinitions.checked(document), catalog);
  }

  private static Map<String, Object> parse(String file, CliContext context) {
    String text = text(file, context);
    String lower = file.toLowerCase(Locale.ROOT);
    Object tree =
        lower.endsWith(".yaml") || lower.endsWith(".yml")
            ? JsonReader.read(new YAMLFactory(), text, file, "YAML")
            : JsonReader.read(text, name(file));
    if (!(tree instanceof Map<?, ?> map)) {
      throw NeuronEcsException.usage(name(file) + " must hold a JSON object (a task definition)");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> doc = (Map<String, Object>) map;
    return doc;
  }

  private static String text(String file, CliContext context) {
    try {
      if (file.equals("-")) {
        try (InputStream in = context.stdin()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw NeuronEcsException.usage("--file " + file + ": no such file", e);
    } catch (IOException e) {
      throw NeuronEcsException.usage("cannot read --file " + file + " (" + IoMessages.reason(e) + ")", e);
    }
  }

  private static String name(String file) {
    return file.equals("-") ? "stdin" : file;
  }

  /** The gen options given on the command line, e.g. ["--instance", "--env"]. */
  private static List<String> givenGenOptions(CommandSpec spec) {
    Args args = new Args(spec);
    List<String> given = new ArrayList<>();
    for (String name : TaskOptions.NAMES) {
      if (args.given(name)) {
        given.add(name);
      }
    }
    return given;
  }

}
