package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.aws.AwsClients;
import dev.neuronecs.aws.AwsSettings;
import dev.neuronecs.aws.Ec2InstanceTypes;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.Ec2InstanceType;
import dev.neuronecs.catalog.Ec2Row;
import dev.neuronecs.taskdef.TaskRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code --from-ec2}: the catalog to build from, with the requested type's row made from EC2's
 * DescribeInstanceTypes figures (added when the catalog lacks the type, replacing its row
 * otherwise), and notes saying so. The caller prints the notes once the task definition is built,
 * so that bad input still ends in one line. The only class of gen and plan that touches the SDK,
 * and only when the flag is given.
 */
final class FromEc2 {
  private FromEc2() {}

  /** For gen and plan: opens the clients for this one call; adds its notes to {@code notes}. */
  static Catalog catalog(CliContext context, TaskRequest request, AwsSettings settings, PrintWriter err, List<String> notes) {
    try (AwsClients clients = new AwsClients(settings)) {
      return catalog(context, request, clients, err, settings.verbose(), notes);
    }
  }

  /** For register and diff, which already hold clients. With {@code verbose}, says at once how EC2 is reached. */
  static Catalog catalog(
      CliContext context, TaskRequest request, AwsClients clients, PrintWriter err, boolean verbose, List<String> notes) {
    String asked = request.instanceType();
    if (asked == null || asked.isBlank()) {
      throw NeuronEcsException.usage(
          "--from-ec2 builds the type --instance names; add --instance TYPE, e.g. --instance trn2.48xlarge");
    }
    String name = asked.trim().toLowerCase(Locale.ROOT);
    if (verbose) {
      Output.note(err, clients.summary("EC2"));
    }
    String where = clients.where("EC2");
    Catalog base = context.catalog();
    Ec2InstanceType ec2 =
        new Ec2InstanceTypes(clients)
            .find(name)
            .orElseThrow(
                () -> NeuronEcsException.usage(
                    where + " does not offer instance type '" + asked + "'; "
                        + (base.find(name).isPresent()
                            ? "drop --from-ec2 to use the built-in row, or pick a region that offers it with --region"
                            : "check the name and --region ('neuron-ecs catalog --check' lists the Neuron types EC2"
                                + " offers in a region)")));
    Ec2Row row = Ec2Row.build(base, ec2, where);
    notes.addAll(row.notes());
    return base.with(row.type());
  }
}
