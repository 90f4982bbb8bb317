package dev.neuronecs.cli;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.aws.AwsClients;
import dev.neuronecs.aws.EcsTaskDefinitions;
import dev.neuronecs.aws.RegisteredTaskDefinition;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.render.ChangeText;
import dev.neuronecs.render.FindingsView;
import dev.neuronecs.render.Json;
import dev.neuronecs.taskdef.Change;
import dev.neuronecs.taskdef.Comparison;
import dev.neuronecs.validate.Report;
import dev.neuronecs.validate.Severity;
import dev.neuronecs.validate.Validator;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neuron-ecs register}: registers a task definition only when it differs from the family's
 * latest ACTIVE revision (after normalizing both), so that running it again changes nothing.
 */
final class RegisterCommand implements Callable<Integer> {
  private final CliContext context;

  private final CommandSpec spec = define();

  private TaskOptions task;

  private String file;

  private boolean force;

  private boolean dryRun;

  private boolean noValidate;

  private AwsOptions aws;

  RegisterCommand(CliContext context) {
    this.context = context;
  }

  private CommandSpec define() {
    CommandDef def = CommandDef.command("register", this, "Register a task definition unless the family's latest ACTIVE revision is already the same",
      "(compared after filling in ECS's defaults and ignoring the order of order-free lists).",
      "Input: the gen options, or --file FILE (JSON or YAML; '-' is stdin; describe-task-definition",
      "output is fine). Stdout: one JSON object, action registered, unchanged or would-register.",
      "",
      "  neuron-ecs register --instance inf2.24xlarge --image 123.dkr.ecr.us-east-1.amazonaws.com/serve:1.4");
    TaskOptions.addTo(def, List.of());
    def.option(Opt.string("--file", "FILE", "Read the task definition from FILE instead of the gen options; '-' reads stdin."));
    def.option(Opt.flag("--force", "Register a new revision even when nothing changed (e.g. to re-pull a mutable tag)."));
    def.option(Opt.flag("--dry-run", "Call nothing that writes; print what would happen."));
    def.option(Opt.flag("--no-validate", "Register even when the checks of 'neuron-ecs validate' find errors (they are still listed)."));
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
    force = args.flag("--force");
    dryRun = args.flag("--dry-run");
    noValidate = args.flag("--no-validate");
    aws = AwsOptions.read(args);
    return args;
  }

  @Override
  public Integer call() {
    Args args = read();
    PrintWriter err = spec.commandLine().getErr();
    try (AwsClients clients = new AwsClients(aws.settings(context, spec))) {
      TaskInput.Document input = TaskInput.read(spec, context, task, file, clients);
      Map<String, Object> document = input.tree();
      String family = input.family();
      validate(document, input.catalog(), family, err);
      if (AwsOptions.verbose(spec)) {
        Output.note(err, clients.summary("ECS"));
      }
      EcsTaskDefinitions ecs = new EcsTaskDefinitions(clients);
      Optional<RegisteredTaskDefinition> latest = force && !dryRun ? Optional.empty() : ecs.latestActive(family);
      List<Change> changes = Comparison.changes(latest.map(RegisteredTaskDefinition::document).orElse(null), document);
      Map<String, Object> result = new LinkedHashMap<>();
      if (latest.isPresent() && changes.isEmpty() && !force) {
        result.put("action", "unchanged");
        put(result, latest.get());
        Output.note(err, family + ":" + latest.get().revision() + " already has this definition; nothing registered");
      } else {
        String reason = force ? "forced" : latest.isPresent() ? "changed" : "new";
        describeChanges(err, family, latest, changes, reason);
        if (dryRun) {
          result.put("action", "would-register");
          result.put("family", family);
          result.put("reason", reason);
          latest.ifPresent(l -> {
            result.put("latestRevision", l.revision());
            result.put("latestTaskDefinitionArn", l.arn());
          });
        } else {
          RegisteredTaskDefinition registered = ecs.register(document);
          result.put("action", "registered");
          put(result, registered);
          result.put("reason", reason);
        }
      }
      spec.commandLine().getOut().print(Json.compact(result) + "\n");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /**
   * Runs validate's checks before anything is sent: findings go to stderr, and errors stop the
   * command with exit 3 unless --no-validate.
   */
  private void validate(Map<String, Object> document, Catalog catalog, String family, PrintWriter err) {
    Report report = Validator.forCatalog(catalog).validate(document);
    if (report.findings().isEmpty()) {
      return;
    }
    err.print(FindingsView.text(file == null ? family : file, report));
    err.flush();
    if (report.hasErrors() && !noValidate) {
      throw new NeuronEcsException(
          ExitCode.INVALID,
          "validate found " + report.count(Severity.ERROR) + " error(s) in " + family
              + " (listed above); nothing was registered. Fix them, or pass --no-validate to register anyway",
          null);
    }
  }

  private void describeChanges(
      PrintWriter err, String family, Optional<RegisteredTaskDefinition> latest, List<Change> changes, String reason) {
    String verb = dryRun ? "would register" : "registering";
    switch (reason) {
      case "new" -> Output.note(err, family + " has no ACTIVE revision; " + verb + " its first");
      case "forced" -> Output.note(err, "--force: " + verb + " a new revision of " + family + " whether or not it changed");
      default -> {
        Output.note(err, verb + " a new revision of " + family + ": " + changes.size() + " change(s) against revision "
            + latest.map(RegisteredTaskDefinition::revision).orElse(0) + ":");
        err.print(ChangeText.lines(changes));
        err.flush();
      }
    }
  }

  private static void put(Map<String, Object> result, RegisteredTaskDefinition td) {
    result.put("family", td.family());
    result.put("revision", td.revision());
    result.put("taskDefinitionArn", td.arn());
  }
}
