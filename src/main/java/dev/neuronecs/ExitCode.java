package dev.neuronecs;

/** The one exit-code contract every command follows; {@code --help} prints it. */
public enum ExitCode {
  /** The command did what was asked. */
  OK(0, "ok"),
  /** A runtime or AWS failure: the input was fine, the world was not. */
  FAILURE(1, "runtime or AWS failure"),
  /** Bad input or usage: fix the command line or the input file. */
  USAGE(2, "bad input or usage"),
  /** {@code validate} (or {@code register}) found errors in a task definition. */
  INVALID(3, "validation errors found"),
  /** {@code diff} (or {@code catalog --check}) found differences. */
  DIFFERENT(4, "differences found (diff, catalog --check)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
