package dev.neuronecs;

/**
 * The one user-facing exception. Its message is a sentence that says what is wrong and how to fix
 * it; the CLI prints it on one line and exits with {@link #exitCode()}.
 */
public class NeuronEcsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  public NeuronEcsException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad input: exit 2. */
  public static NeuronEcsException usage(String message) {
    return new NeuronEcsException(ExitCode.USAGE, message, null);
  }

  /** Bad input with the underlying cause (shown only with --verbose): exit 2. */
  public static NeuronEcsException usage(String message, Throwable cause) {
    return new NeuronEcsException(ExitCode.USAGE, message, cause);
  }

  /** A runtime or AWS failure: exit 1. */
  public static NeuronEcsException failure(String message, Throwable cause) {
    return new NeuronEcsException(ExitCode.FAILURE, message, cause);
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
