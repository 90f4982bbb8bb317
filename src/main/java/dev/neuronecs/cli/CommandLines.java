package dev.neuronecs.cli;

import dev.neuronecs.ExitCode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The one factory that wires commands, writers, error handling and exit codes, for {@link
 * dev.neuronecs.Main} and the tests alike.
 */
public final class CommandLines {
  private CommandLines() {}

  /** Runs one command line and returns its exit code; never calls System.exit. */
  public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    return run(new CliContext(env), out, err, args);
  }

  /** Runs one command line with a full context (environment and standard input). */
  public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    return create(context, out, err).execute(args);
  }

  public static CommandLine create(CliContext context, PrintWriter out, PrintWriter err) {
    CommandLine root = new CommandLine(new NeuronEcsCommand());
    root.addSubcommand(new GenCommand(context));
    root.addSubcommand(new CatalogCommand());
    root.addSubcommand(new RegisterCommand(context));
    root.addSubcommand(new DiffCommand(context));
    root.addSubcommand(new AmiCommand(context));
    root.addSubcommand(new RunCommand(context));
    ErrorHandler errors = new ErrorHandler();
    root.setOut(out);
    root.setErr(err);
    root.setExecutionExceptionHandler(errors);
    root.setParameterExceptionHandler(errors);
    root.setUsageHelpAutoWidth(true);
    applyExitCodes(root);
    return root;
  }

  private static void applyExitCodes(CommandLine cmd) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      codes.put(Integer.toString(code.code()), code.meaning());
    }
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    for (CommandLine sub : cmd.getSubcommands().values()) {
      applyExitCodes(sub);
    }
  }
}
