package dev.neuronecs.cli;

import dev.neuronecs.ExitCode;
import dev.neuronecs.aws.AwsClients;
import dev.neuronecs.aws.EcsTaskDefinitions;
import dev.neuronecs.aws.RegisteredTaskDefinition;
import dev.neuronecs.render.ChangeText;
import dev.neuronecs.render.Json;
import dev.neuronecs.taskdef.Change;
import dev.neuronecs.taskdef.Comparison;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neuron-ecs diff}: the normalized differences between a task definition and the family's
 * latest ACTIVE revision; exit 0 when equal, 4 when different (like terraform plan
 * -detailed-exitcode).
 */
final class DiffCommand implements Callable<Integer> {
  private final CliContext context;

  private final CommandSpec spec = define();

  private TaskOptions task;

  private String file;

  private String output;

  private AwsOptions aws;

  DiffCommand(CliContext context) {
    this.context = context;
  }

  private CommandSpec define() {
    CommandDef def = CommandDef.command("diff", this, "Show how a task definition differs from the family's latest ACTIVE revision, after filling in",
      "ECS's defaults and ignoring the order of order-free lists. One change a line:",
      "'~ path: old -> new', '+ path: new', '- path: old'. Exit 0 when equal, 4 when different.",
      "",
      "  neuron-ecs diff --file taskdef.json || echo \"changed (or failed: exit $?)\"");
    TaskOptions.addTo(def, List.of());
    def.option(Opt.string("--file", "FILE", "Read the task definition from FILE instead of the gen options; '-' reads stdin."));
    def.option(Opt.string("-o,--output", "FORMAT", "text (default: one change a line) or json.").defaultValue("text"));
    AwsOptions.addTo(def);
    return def.spec();
  }

  CommandSpec spec() {
    return spec;
  }

  /** Reads the parsed options into the fields. */
  private Args read() {
    Args args = new Args(spec);
    task = TaskOptions.read(args);
    file = args.string("--file");
    output = args.string("--output");
    aws = AwsOptions.read(args);
    return args;
  }

  @Override
  public Integer call() {
    Args args = read();
    String format = Output.format(output, List.of("text", "json"));
    PrintWriter err = spec.commandLine().getErr();
    try (AwsClients clients = new AwsClients(aws.settings(context, spec))) {
      TaskInput.Document input = TaskInput.read(spec, context, task, file, clients);
      Map<String, Object> document = input.tree();
      String family = input.family();
      if (AwsOptions.verbose(spec)) {
        Output.note(err, clients.summary("ECS"));
      }
      Optional<RegisteredTaskDefinition> latest = new EcsTaskDefinitions(clients).latestActive(family);
      List<Change> changes = Comparison.changes(latest.map(RegisteredTaskDefinition::document).orElse(null), document);
      if (latest.isEmpty()) {
        Output.note(err, family + " has no ACTIVE revision: all of it is new");
      } else {
        Output.note(err, (changes.isEmpty() ? "no differences from " : "differences from ")
            + family + ":" + latest.get().revision() + " (" + latest.get().arn() + ")");
      }
      String text = format.equals("json") ? Json.write(tree(family, latest, changes)) : ChangeText.lines(changes);
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return changes.isEmpty() && latest.isPresent() ? ExitCode.OK.code() : ExitCode.DIFFERENT.code();
    }
  }

  private static Map<String, Object> tree(String family, Optional<RegisteredTaskDefinition> latest, List<Change> changes) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("family", family);
    m.put("revision", latest.map(l -> (Object) l.revision()).orElse(null));
    m.put("taskDefinitionArn", latest.map(l -> (Object) l.arn()).orElse(null));
    m.put("equal", latest.isPresent() && changes.isEmpty());
    m.put("changes", ChangeText.tree(changes));
    return m;
  }
}
