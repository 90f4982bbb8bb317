package dev.neuronecs.cli;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.aws.AwsClients;
import dev.neuronecs.aws.AwsSettings;
import dev.neuronecs.aws.Ec2InstanceTypes;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.CatalogCheck;
import dev.neuronecs.catalog.Ec2InstanceType;
import dev.neuronecs.catalog.TypeCheck;
import dev.neuronecs.render.CatalogCheckView;
import dev.neuronecs.render.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catalog --check}: the one path of {@code catalog} that loads the SDK, kept in its own class
 * so that plain {@code catalog} never does. Fetches the inf* and trn* types from EC2, compares them
 * with the catalog, prints the result, and returns 0 or 4.
 */
final class CatalogEc2Check {
  private CatalogEc2Check() {}

  static int run(CommandSpec spec, CliContext context, AwsSettings settings, List<String> types, String format) {
    PrintWriter err = spec.commandLine().getErr();
    Catalog catalog = context.catalog();
    try (AwsClients clients = new AwsClients(settings)) {
      String region = clients.region();
      if (settings.verbose()) {
        Output.note(err, clients.summary("EC2"));
      }
      List<Ec2InstanceType> ec2 = new Ec2InstanceTypes(clients).neuron();
      CatalogCheck check = CatalogCheck.of(catalog, ec2);
      if (!types.isEmpty()) {
        check = check.only(names(types, check, clients.where("EC2")));
      }
      String text = format.equals("json") ? Json.write(CatalogCheckView.tree(check, region)) : CatalogCheckView.table(check, region);
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      Output.note(err, "compared the catalog with " + clients.where("EC2") + ": " + CatalogCheckView.summary(check)
          + (check.needsAttention()
              ? "; the catalog needs a look (exit 4): see docs/catalog.md, and --from-ec2 builds from EC2's figures meanwhile"
              : ""));
      return check.needsAttention() ? ExitCode.DIFFERENT.code() : ExitCode.OK.code();
    }
  }

  /** The names asked for, lowercased; one that neither the catalog nor EC2 has is bad input. */
  private static List<String> names(List<String> types, CatalogCheck check, String where) {
    List<String> known = check.types().stream().map(TypeCheck::name).toList();
    List<String> names = new ArrayList<>();
    for (String t : types) {
      String name = t.trim().toLowerCase(Locale.ROOT);
      if (!known.contains(name)) {
        throw NeuronEcsException.usage(
            "unknown instance type '" + t + "': neither the built-in catalog nor " + where
                + " has it; run 'neuron-ecs catalog --check' without types to list both");
      }
      names.add(name);
    }
    return names;
  }
}
