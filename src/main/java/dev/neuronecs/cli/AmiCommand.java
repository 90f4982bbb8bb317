package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.ami.AmiDetails;
import dev.neuronecs.ami.AmiVariant;
import dev.neuronecs.ami.SeedRegions;
import dev.neuronecs.aws.AwsClients;
import dev.neuronecs.aws.NeuronAmiParameters;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuron-ecs ami}: the recommended Neuron ECS-optimized AMI of a region, from SSM. */
final class AmiCommand implements Callable<Integer> {
  private final CliContext context;

  private final CommandSpec spec = define();

  private String instance;

  private String os;

  private String output;

  private AwsOptions aws;

  AmiCommand(CliContext context) {
    this.context = context;
  }

  private CommandSpec define() {
    CommandDef def = CommandDef.command("ami", this, "Print the image id of the recommended Neuron ECS-optimized AMI in a region, from SSM's public",
      "parameters; -o json adds its name, OS, ECS agent and Docker versions.",
      "",
      "  neuron-ecs ami --region us-east-1 --instance inf2.24xlarge");
    def.option(Opt.string("--instance", "TYPE", "The Neuron instance type the AMI is for; adds what to know about that pair."));
    def.option(Opt.string("--os", "OS", "al2023 (default), al2 or al2-kernel-5.10 (both Amazon Linux 2: end of support 2026-06-30).").defaultValue("al2023"));
    def.option(Opt.string("-o,--output", "FORMAT", "text (default: the image id) or json.").defaultValue("text"));
    AwsOptions.addTo(def);
    return def.spec();
  }

  CommandSpec spec() {
    return spec;
  }

  /** Reads the parsed options into the fields. */
  private Args read() {
    Args args = new Args(spec);
    instance = args.string("--instance");
    os = args.string("--os");
    output = args.string("--output");
    aws = AwsOptions.read(args);
    return args;
  }

  @Override
  public Integer call() {
    Args args = read();
    String format = Output.format(output, List.of("text", "json"));
    AmiVariant variant = AmiVariant.parse(os);
    InstanceType type = instance == null ? null : Catalog.builtIn().require(instance);
    PrintWriter err = spec.commandLine().getErr();
    try (AwsClients clients = new AwsClients(aws.settings(context, spec))) {
      String region = clients.region();
      for (String note : variant.notes(type)) {
        Output.note(err, note);
      }
      if (!SeedRegions.listed(region)) {
        Output.note(err, region + " is not among the " + SeedRegions.REGIONS.size() + " regions the AWS guide lists for"
            + " the Neuron ECS AMI; that list may lag, so SSM's answer decides");
      }
      if (AwsOptions.verbose(spec)) {
        Output.note(err, clients.summary("SSM"));
      }
      AmiDetails ami =
          new NeuronAmiParameters(clients)
              .recommended(variant)
              .orElseThrow(
                  () -> NeuronEcsException.failure(
                      "the Neuron ECS AMI is not published in " + region + ": SSM has no "
                          + variant.parameter() + " there; pick another region, e.g. us-east-1"
                          + (variant == AmiVariant.AL2023 ? "" : ", or --os al2023"),
                      null));
      String text = format.equals("json") ? Json.write(ami.tree(region, variant)) : ami.imageId() + "\n";
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
