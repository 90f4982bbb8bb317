package dev.neuronecs.cli;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr and an exit code: bad options and bad input exit 2,
 * runtime and AWS failures exit 1. A stack trace appears only with --verbose.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final String PREFIX = "neuron-ecs: error: ";

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String message = ex.getMessage();
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += " (did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?)";
      }
    }
    err.println(PREFIX + oneLine(message) + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
    if (verbose(args)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.USAGE.code();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    boolean verbose = verbose(parseResult);
    if (ex instanceof NeuronEcsException e) {
      err.println(PREFIX + oneLine(e.getMessage()));
      if (verbose && e.getCause() != null) {
        e.printStackTrace(err);
      }
      err.flush();
      return e.exitCode().code();
    }
    err.println(
        PREFIX
            + "unexpected "
            + ex.getClass().getSimpleName()
            + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()))
            + (verbose ? "" : "; re-run with --verbose for details and report it as a bug"));
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.FAILURE.code();
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private static boolean verbose(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbose(String[] args) {
    for (String arg : args) {
      if (arg.equals("--verbose") || arg.equals("-v")) {
        return true;
      }
    }
    return false;
  }
}
