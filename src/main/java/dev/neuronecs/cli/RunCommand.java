package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.aws.AwsClients;
import dev.neuronecs.aws.AwsSettings;
import dev.neuronecs.aws.EcsTaskDefinitions;
import dev.neuronecs.aws.EcsTasks;
import dev.neuronecs.aws.RegisteredTaskDefinition;
import dev.neuronecs.aws.RunOutcome;
import dev.neuronecs.aws.TaskRun;
import dev.neuronecs.render.Json;
import dev.neuronecs.taskdef.InstanceTypeConstraints;
import dev.neuronecs.taskdef.ShellWords;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neuron-ecs run}: RunTask with the task definition's instance-type {@code memberOf}
 * constraint, as the AWS guide's {@code aws ecs run-task} example passes it.
 */
final class RunCommand implements Callable<Integer> {
  private static final int MAX_COUNT = 10;

  private final CliContext context;

  private final CommandSpec spec = define();

  private String cluster;

  private String taskDefinition;

  private int count;

  private List<String> subnets;

  private List<String> securityGroups;

  private boolean printCli;

  private AwsOptions aws;

  RunCommand(CliContext context) {
    this.context = context;
  }

  private CommandSpec define() {
    CommandDef def = CommandDef.command("run", this, "Run a task definition on a cluster with its instance-type placement constraint",
      "(attribute:ecs.instance-type == TYPE) passed to RunTask. Stdout: the started tasks as JSON;",
      "--print-cli prints the equivalent 'aws ecs run-task' command instead.",
      "",
      "  neuron-ecs run --cluster default --task-definition neuron-inf2-24xlarge");
    def.option(Opt.string("--cluster", "CLUSTER", "Cluster name or ARN.").required());
    def.option(Opt.string("--task-definition", "FAMILY[:REV]", "Family (its latest ACTIVE revision), family:revision or ARN.").required());
    def.option(Opt.integer("--count", "N", "Tasks to start, 1 to 10. Default: 1.").defaultValue("1"));
    def.option(Opt.strings("--subnet", "SUBNET", "Subnet for awsvpc tasks (repeatable)."));
    def.option(Opt.strings("--security-group", "SG", "Security group for awsvpc tasks (repeatable)."));
    def.option(Opt.flag("--print-cli", "Print the equivalent 'aws ecs run-task' command instead of running it."));
    AwsOptions.addTo(def);
    return def.spec();
  }

  CommandSpec spec() {
    return spec;
  }

  /** Reads the parsed options into the fields. */
  private Args read() {
    Args args = new Args(spec);
    cluster = args.string("--cluster");
    taskDefinition = args.string("--task-definition");
    count = args.integer("--count");
    subnets = args.strings("--subnet");
    securityGroups = args.strings("--security-group");
    printCli = args.flag("--print-cli");
    aws = AwsOptions.read(args);
    return args;
  }

  @Override
  public Integer call() {
    Args args = read();
    if (count < 1 || count > MAX_COUNT) {
      throw NeuronEcsException.usage("--count " + count + " is out of range; RunTask starts 1 to " + MAX_COUNT + " tasks");
    }
    PrintWriter err = spec.commandLine().getErr();
    AwsSettings settings = aws.settings(context, spec);
    try (AwsClients clients = new AwsClients(settings)) {
      if (AwsOptions.verbose(spec)) {
        Output.note(err, clients.summary("ECS"));
      }
      RegisteredTaskDefinition td = new EcsTaskDefinitions(clients).describe(taskDefinition);
      TaskRun run = new TaskRun(cluster, taskDefinition, count, constraints(td, err), subnets, securityGroups);
      checkNetwork(td);
      if (printCli) {
        spec.commandLine().getOut().println(ShellWords.join(awsCli(run, clients.region(), settings)));
        spec.commandLine().getOut().flush();
        return 0;
      }
      RunOutcome outcome = new EcsTasks(clients).run(run);
      return report(td, outcome);
    }
  }

  private List<Map<String, String>> constraints(RegisteredTaskDefinition td, PrintWriter err) {
    List<Map<String, String>> constraints = InstanceTypeConstraints.of(td.document());
    if (constraints.isEmpty()) {
      Output.note(err, td.family() + ":" + td.revision() + " has no attribute:ecs.instance-type constraint;"
          + " ECS may place it on any instance, whatever its Neuron chips");
    }
    return constraints;
  }

  private void checkNetwork(RegisteredTaskDefinition td) {
    boolean awsvpc = "awsvpc".equals(td.document().get("networkMode"));
    if (awsvpc && subnets.isEmpty()) {
      throw NeuronEcsException.usage(
          td.family() + ":" + td.revision() + " uses the awsvpc network mode; give --subnet SUBNET (and --security-group SG)");
    }
    if (!awsvpc && (!subnets.isEmpty() || !securityGroups.isEmpty())) {
      throw NeuronEcsException.usage(
          "--subnet and --security-group are for awsvpc task definitions; " + td.family() + " uses "
              + td.document().getOrDefault("networkMode", "bridge"));
    }
  }

  private int report(RegisteredTaskDefinition td, RunOutcome outcome) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("action", "started");
    result.put("cluster", cluster);
    result.put("taskDefinitionArn", td.arn());
    result.put("tasks", new ArrayList<Object>(outcome.tasks()));
    result.put("failures", new ArrayList<Object>(outcome.failures()));
    if (!outcome.tasks().isEmpty()) {
      spec.commandLine().getOut().print(Json.write(result));
      spec.commandLine().getOut().flush();
    }
    if (outcome.tasks().size() < count) {
      List<String> reasons = new ArrayList<>();
      for (Map<String, Object> f : outcome.failures()) {
        reasons.add(String.valueOf(f.get("reason")) + (f.get("detail") == null ? "" : " (" + f.get("detail") + ")"));
      }
      throw NeuronEcsException.failure(
          "ECS started " + outcome.tasks().size() + " of " + count + " task(s) on cluster " + cluster
              + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons))
              + "; check that the cluster has a container instance of the task's instance type with enough free CPU and memory",
          null);
    }
    return 0;
  }

  /** The same request as an AWS CLI command line. */
  private static List<String> awsCli(TaskRun run, String region, AwsSettings settings) {
    List<String> cmd = new ArrayList<>(List.of("aws", "ecs", "run-task", "--cluster", run.cluster(),
        "--task-definition", run.taskDefinition(), "--count", Integer.toString(run.count()), "--started-by", "neuron-ecs"));
    if (!run.placementConstraints().isEmpty()) {
      cmd.add("--placement-constraints");
      cmd.add(Json.compact(new ArrayList<Object>(run.placementConstraints())));
    }
    if (!run.subnets().isEmpty()) {
      Map<String, Object> vpc = new LinkedHashMap<>();
      vpc.put("subnets", new ArrayList<Object>(run.subnets()));
      if (!run.securityGroups().isEmpty()) {
        vpc.put("securityGroups", new ArrayList<Object>(run.securityGroups()));
      }
      vpc.put("assignPublicIp", "DISABLED");
      cmd.add("--network-configuration");
      cmd.add(Json.compact(Map.of("awsvpcConfiguration", vpc)));
    }
    cmd.add("--region");
    cmd.add(region);
    if (settings.profile() != null) {
      cmd.add("--profile");
      cmd.add(settings.profile());
    }
    if (settings.endpoint("ECS") != null) {
      cmd.add("--endpoint-url");
      cmd.add(settings.endpoint("ECS").toString());
    }
    return cmd;
  }
}
