package dev.neuronecs.validate;

/**
 * One problem found in a task definition.
 *
 * @param path where, as a JSON path into the document, e.g. {@code
 *     containerDefinitions[0].linuxParameters.devices[3]}; empty for the document itself
 * @param severity how bad it is
 * @param check the name of the check that found it, e.g. {@code unknown-key} (docs/validate.md
 *     describes each one)
 * @param message what is wrong, as a sentence
 * @param fix what to do about it, as a sentence
 */
public record Finding(String path, Severity severity, String check, String message, String fix) {

  public static Finding error(String path, String check, String message, String fix) {
    return new Finding(path, Severity.ERROR, check, message, fix);
  }

  public static Finding warning(String path, String check, String message, String fix) {
    return new Finding(path, Severity.WARNING, check, message, fix);
  }

  public static Finding note(String path, String check, String message, String fix) {
    return new Finding(path, Severity.NOTE, check, message, fix);
  }
}
