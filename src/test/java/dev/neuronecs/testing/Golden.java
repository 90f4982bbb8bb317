package dev.neuronecs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files checked into the repository that a test compares with what the code produces. Run the
 * tests with {@code -Dgolden.update=true} to rewrite them after an intended change, then review
 * the diff.
 */
public final class Golden {
  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Asserts that {@code file} holds exactly {@code actual} (or rewrites it when updating). */
  public static void assertFile(Path file, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (rerun with -Dgolden.update=true to rewrite)", file).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("golden file %s differs; rerun with -Dgolden.update=true if the change is intended", file)
          .isEqualTo(actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
