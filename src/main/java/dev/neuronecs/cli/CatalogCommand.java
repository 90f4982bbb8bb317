package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.CatalogView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code neuron-ecs catalog}: the built-in Neuron instance catalog, and its check against EC2. */
@Command(
    addMethodSubcommands = false,
    name = "catalog",
    sortOptions = false,
    description = {
      "Print the Neuron instance types: chips, NeuronCores, memory, EFA, devices.",
      "",
      "With --check, compare them with what EC2's DescribeInstanceTypes reports in a region: each type is"
          + " same, known (a known EC2 reporting defect), different, not in catalog (new at AWS) or not offered"
          + " by EC2 here. Exit 0 when nothing differs, 4 when something is different or not in the catalog.",
      "",
      "  neuron-ecs catalog --check --region us-east-2 -o json"
    })
final class CatalogCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "TYPE",
      description = "Only these instance types (any case). Default: all.")
  List<String> types = List.of();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default), json, yaml or markdown; with --check, table or json.")
  String output;

  @Option(
      names = "--check",
      description = "Compare the catalog with EC2's DescribeInstanceTypes in the region (calls AWS: ec2:DescribeInstanceTypes).")
  boolean check;

  @Mixin AwsOptions aws;

  CatalogCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
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
    ParseResult parsed = spec.commandLine().getParseResult();
    CommandSpec mixin = spec.mixins().get("aws");
    List<String> given = new ArrayList<>();
    if (mixin != null && parsed != null) {
      for (OptionSpec option : mixin.options()) {
        if (parsed.hasMatchedOption(option.longestName())) {
          given.add(option.longestName());
        }
      }
    }
    if (!given.isEmpty()) {
      throw NeuronEcsException.usage(
          String.join(", ", given) + (given.size() == 1 ? " is" : " are")
              + " for comparing with EC2; add --check, or drop " + (given.size() == 1 ? "it" : "them"));
    }
  }
}
