package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text goes to
 * a temporary file beside the target, which is then renamed over it.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Writes {@code text} to {@code target}; a failure is bad input and leaves the old file as it was. */
  public static void write(Path target, String text, String option) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent() == null ? Path.of(".") : absolute.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      keepPermissions(absolute, temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | SecurityException e) {
      deleteQuietly(temp);
      throw NeuronEcsException.usage(
          "cannot write "
              + option
              + " "
              + target
              + " ("
              + reason(e)
              + "); check that the directory exists and is writable",
          e);
    }
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    try {
      if (Files.exists(target)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      } else {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep what the temporary file got
    }
  }

  /** A short reason for a failed file operation, without exception class names. */
  static String reason(Exception e) {
    String name = e.getClass().getSimpleName().replace("Exception", "");
    return switch (name) {
      case "NoSuchFile" -> "no such directory";
      case "AccessDenied" -> "permission denied";
      case "FileSystem" -> e.getMessage();
      default -> name.isEmpty() ? String.valueOf(e.getMessage()) : name + ": " + e.getMessage();
    };
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the temporary file is hidden; nothing more to do
    }
  }
}
