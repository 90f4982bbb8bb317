package dev.neuronecs.cli;

import dev.neuronecs.ExitCode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one factory that wires commands, writers, error handling and exit codes, for {@link
 * dev.neuronecs.Main} and the tests alike.
 */
public final class CommandLines {
  private static final VersionProvider VERSION = new VersionProvider();

  private CommandLines() {}

  /** Runs one command line and returns its exit code; never calls System.exit. */
  public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    return run(new CliContext(env), out, err, args);
  }

  /** Runs one command line with the given environment and standard input. */
  public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    return create(context, out, err, args).execute(args);
  }

  /** The full command tree, every subcommand included (help, completion, man pages). */
  public static CommandLine create(CliContext context, PrintWriter out, PrintWriter err) {
    return create(context, out, err, new String[0]);
  }

  /**
   * The command tree for {@code args}. Picocli reads every command's annotations when it is
   * added, which is most of the start-up time; so when the arguments name a subcommand, only that
   * one is built. Anything else (root help, a typo that needs suggestions) gets the full tree.
   */
  static CommandLine create(CliContext context, PrintWriter out, PrintWriter err, String[] args) {
    Map<String, Supplier<Object>> all = subcommands(context);
    String wanted = firstWord(args);
    CommandLine root = new CommandLine(new NeuronEcsCommand().spec());
    all.forEach(
        (name, command) -> {
          if (!all.containsKey(wanted) || name.equals(wanted)) {
            root.addSubcommand(name, command.get());
          }
        });
    ErrorHandler errors = new ErrorHandler();
    root.setOut(out);
    root.setErr(err);
    root.setExecutionExceptionHandler(errors);
    root.setParameterExceptionHandler(errors);
    root.setUsageHelpAutoWidth(true);
    configure(root);
    return root;
  }

  /** Every subcommand, by name, in the order root help lists them. */
  private static Map<String, Supplier<Object>> subcommands(CliContext context) {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("gen", () -> new GenCommand(context).spec());
    commands.put("plan", () -> new PlanCommand(context).spec());
    commands.put("validate", () -> new ValidateCommand(context).spec());
    commands.put("register", () -> new RegisterCommand(context).spec());
    commands.put("diff", () -> new DiffCommand(context).spec());
    commands.put("ami", () -> new AmiCommand(context).spec());
    commands.put("run", () -> new RunCommand(context).spec());
    commands.put("catalog", () -> new CatalogCommand(context).spec());
    commands.put("completion", () -> new CompletionCommand(context).spec());
    commands.put("man", () -> new ManCommand(context).spec());
    return commands;
  }

  private static String firstWord(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return null;
  }

  /**
   * What every command shares, set here rather than inherited through picocli's INHERIT scope,
   * which would call the version provider (a resource read) at start-up for every subcommand:
   * the exit-code list, -h and -V, and options listed in declaration order.
   */
  private static void configure(CommandLine cmd) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      codes.put(Integer.toString(code.code()), code.meaning());
    }
    CommandSpec spec = cmd.getCommandSpec();
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes).sortOptions(false);
    spec.addOption(HelpOptions.help());
    spec.addOption(HelpOptions.version());
    spec.versionProvider(VERSION);
    for (CommandLine sub : cmd.getSubcommands().values()) {
      configure(sub);
    }
  }

}
