package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.CatalogView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** {@code neuron-ecs catalog}: the built-in Neuron instance catalog, and its check against EC2. */
final class CatalogCommand implements Callable<Integer> {
  private final CliContext context;

  private final CommandSpec spec = define();

  private List<String> types;

  private String output;

  private boolean check;

  private AwsOptions aws;

  CatalogCommand(CliContext context) {
    this.context = context;
  }

  private CommandSpec define() {
    CommandDef def = CommandDef.command("catalog", this, "Print the Neuron instance types: chips, NeuronCores, memory, EFA, devices.",
      "",
      "With --check, compare them with what EC2's DescribeInstanceTypes reports in a region: each type is"
          + " same, known (a known EC2 reporting defect), different, not in catalog (new at AWS) or not offered"
          + " by EC2 here. Exit 0 when nothing differs, 4 when something is different or not in the catalog.",
      "",
      "  neuron-ecs catalog --check --region us-east-2 -o json");
    def.parameters("TYPE", "Only these instance types (any case). Default: all.");
    def.option(Opt.string("-o,--output", "FORMAT", "table (default), json, yaml or markdown; with --check, table or json.").defaultValue("table"));
    def.option(Opt.flag("--check", "Compare the catalog with EC2's DescribeInstanceTypes in the region (calls AWS: ec2:DescribeInstanceTypes)."));
    AwsOptions.addTo(def);
    return def.spec();
  }

  CommandSpec spec() {
    return spec;
  }

  /** Reads the parsed options into the fields. */
  private Args read() {
    Args args = new Args(spec);
    types = args.parameterList(0);
    output = args.string("--output");
    check = args.flag("--check");
    aws = AwsOptions.read(args);
    return args;
  }

  @Override
  public Integer call() {
    Args args = read();
    if (check) {
      String format = Output.format(output, List.of("table", "json"));
      return CatalogEc2Check.run(spec, context, aws.settings(context, spec), types, format);
    }
    refuseAwsOptions();
    String format = Output.format(output, List.of("table", "json", "yaml", "markdown"));
    List<InstanceType> rows = selected();
    String text =
        switch (format) {
          case "table" -> CatalogView.table(rows);
          case "markdown" -> CatalogView.markdown(rows);
          default -> Output.render(CatalogView.tree(rows), format);
        };
    Output.emit(spec.commandLine().getOut(), text, null, null);
    return 0;
  }

  private List<InstanceType> selected() {
    Catalog catalog = context.catalog();
    if (types.isEmpty()) {
      return catalog.all();
    }
    return types.stream().map(catalog::require).toList();
  }

  /** The AWS options do something only with --check; given without it they are bad input. */
  private void refuseAwsOptions() {
    Args args = new Args(spec);
    List<String> given = new ArrayList<>();
    for (String name : AwsOptions.NAMES) {
      if (args.given(name)) {
        given.add(name);
      }
    }
    if (!given.isEmpty()) {
      throw NeuronEcsException.usage(
          String.join(", ", given) + (given.size() == 1 ? " is" : " are")
              + " for comparing with EC2; add --check, or drop " + (given.size() == 1 ? "it" : "them"));
    }
  }
}
