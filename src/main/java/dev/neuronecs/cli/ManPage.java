package dev.neuronecs.cli;

import dev.neuronecs.ExitCode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Renders a command's picocli model as a man page (roff, section 1). */
final class ManPage {
  private ManPage() {}

  /** The page's file name: neuron-ecs.1, neuron-ecs-gen.1, ... */
  static String fileName(CommandLine cmd) {
    return cmd.getCommandSpec().qualifiedName("-") + ".1";
  }

  static String render(CommandLine cmd, String version) {
    CommandSpec spec = cmd.getCommandSpec();
    String name = spec.qualifiedName("-");
    StringBuilder sb = new StringBuilder();
    sb.append(".TH \"").append(name.toUpperCase(java.util.Locale.ROOT)).append("\" \"1\" \"\" \"")
        .append(escape(version)).append("\" \"neuron-ecs manual\"\n");
    sb.append(".SH NAME\n").append(escape(name)).append(" \\- ")
        .append(escape(first(spec.usageMessage().description()))).append('\n');
    sb.append(".SH SYNOPSIS\n.nf\n")
        .append(escape(cmd.getHelp().synopsis(0).strip()))
        .append("\n.fi\n");
    sb.append(".SH DESCRIPTION\n");
    for (String line : spec.usageMessage().description()) {
      sb.append(line.isBlank() ? ".PP\n" : escape(text(line)) + "\n");
    }
    if (!spec.subcommands().isEmpty()) {
      sb.append(".SH COMMANDS\n");
      spec.subcommands().forEach((sub, child) -> {
        sb.append(".TP\n.B ").append(escape(sub)).append('\n')
            .append(escape(first(child.getCommandSpec().usageMessage().description()))).append('\n');
      });
    }
    List<PositionalParamSpec> positionals = spec.positionalParameters();
    if (!positionals.isEmpty()) {
      sb.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : positionals) {
        sb.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n')
            .append(escape(text(String.join(" ", p.description())))).append('\n');
      }
    }
    sb.append(".SH OPTIONS\n");
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      sb.append(".TP\n.B ").append(escape(String.join(", ", o.names())));
      if (o.typeInfo().isBoolean() || o.arity().max() == 0) {
        sb.append('\n');
      } else {
        sb.append(" \\fI").append(escape(o.paramLabel())).append("\\fR\n");
      }
      sb.append(escape(text(String.join(" ", o.description())))).append('\n');
    }
    sb.append(".SH EXIT STATUS\n");
    for (ExitCode code : ExitCode.values()) {
      sb.append(".TP\n.B ").append(code.code()).append('\n').append(escape(code.meaning())).append('\n');
    }
    sb.append(".SH SEE ALSO\n").append(seeAlso(cmd)).append('\n');
    return sb.toString();
  }

  private static String seeAlso(CommandLine cmd) {
    CommandLine root = cmd;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    List<String> pages = new ArrayList<>();
    pages.add("\\fBneuron-ecs\\fR(1)");
    for (String sub : root.getSubcommands().keySet()) {
      pages.add("\\fBneuron-ecs-" + escape(sub) + "\\fR(1)");
    }
    pages.remove("\\fB" + escape(cmd.getCommandSpec().qualifiedName("-")) + "\\fR(1)");
    return String.join(", ", pages) + ", https://github.com/neuron-ecs/neuron-ecs";
  }

  /** The first line of a description, as one sentence for the NAME section. */
  private static String first(String[] lines) {
    String line = lines.length == 0 ? "" : text(lines[0]);
    return line.endsWith(":") ? line.substring(0, line.length() - 1) + "." : line;
  }

  /** Description text as picocli shows it: "$${" stands for a literal "${", %n for a break. */
  private static String text(String description) {
    return description.replace("$${", "${").replace("%n", " ").replace("%%", "%").strip();
  }

  /** Escapes text for roff: backslashes, hyphens, and a leading dot or quote. */
  static String escape(String text) {
    String s = text.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        sb.append("\\&");
      }
      sb.append(line);
    }
    return sb.toString();
  }
}
