package dev.neuronecs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.JsonReader;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/** Readable checks of a CLI run; a failure shows exit code, stdout and stderr. */
public final class CliAssert extends AbstractAssert<CliAssert, CliResult> {
  private CliAssert(CliResult actual) {
    super(actual, CliAssert.class);
  }

  public static CliAssert assertThatRun(CliResult result) {
    return new CliAssert(result);
  }

  public CliAssert exitedWith(int code) {
    assertThat(actual.exitCode()).as("exit code of%n%s", actual).isEqualTo(code);
    return this;
  }

  public CliAssert succeeded() {
    return exitedWith(0);
  }

  /** Exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
  public CliAssert isBadInput() {
    exitedWith(2);
    assertThat(actual.out()).as("stdout of%n%s", actual).isEmpty();
    assertThat(actual.err().lines().count()).as("stderr lines of%n%s", actual).isEqualTo(1);
    return hasNoStackTrace();
  }

  public CliAssert hasNoStackTrace() {
    assertThat(actual.err()).as("stderr of%n%s", actual).doesNotContain("Exception", "\tat ");
    return this;
  }

  public CliAssert stderrContains(String... parts) {
    assertThat(actual.err()).as("stderr of%n%s", actual).contains(parts);
    return this;
  }

  public CliAssert stdoutContains(String... parts) {
    assertThat(actual.out()).as("stdout of%n%s", actual).contains(parts);
    return this;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> stdoutJsonObject() {
    Object tree = JsonReader.read(actual.out(), "stdout");
    assertThat(tree).as("stdout of%n%s", actual).isInstanceOf(Map.class);
    return (Map<String, Object>) tree;
  }

  @SuppressWarnings("unchecked")
  public List<Object> stdoutJsonArray() {
    Object tree = JsonReader.read(actual.out(), "stdout");
    assertThat(tree).as("stdout of%n%s", actual).isInstanceOf(List.class);
    return (List<Object>) tree;
  }

  public CliAssert stderrIsEmpty() {
    assertThat(actual.err()).as("stderr of%n%s", actual).isEmpty();
    return this;
  }
}
