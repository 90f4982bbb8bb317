package dev.neuronecs.cli;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.render.CatalogView;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code neuron-ecs catalog}: the built-in Neuron instance catalog. */
@Command(
    addMethodSubcommands = false,
    name = "catalog",
    description = "Print the Neuron instance types: chips, NeuronCores, memory, EFA, devices.")
final class CatalogCommand implements Callable<Integer> {
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
      description = "table (default), json, yaml or markdown.")
  String output;

  @Override
  public Integer call() {
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
    Catalog catalog = Catalog.builtIn();
    if (types.isEmpty()) {
      return catalog.all();
    }
    return types.stream().map(catalog::require).toList();
  }
}
