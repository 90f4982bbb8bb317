package dev.neuronecs.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import org.junit.jupiter.api.Assumptions;

/**
 * End-to-end tests use real tools (moto_server, the AWS CLI). On CI (CI=true) a missing tool fails
 * the test; elsewhere the test is skipped with the reason shown.
 */
public final class ExternalTool {
  private ExternalTool() {}

  public static String require(String name) {
    String path = find(name);
    if (path == null) {
      String why = name + " is not on PATH; the end-to-end tests need it (see README, 'Tests')";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + " and CI=true, so this is a failure, not a skip");
      }
      Assumptions.abort("skipped: " + why);
    }
    return path;
  }

  public static String find(String name) {
    String pathEnv = System.getenv("PATH");
    if (pathEnv == null) {
      return null;
    }
    for (String dir : pathEnv.split(File.pathSeparator)) {
      File f = new File(dir, name);
      if (f.isFile() && f.canExecute()) {
        return f.getAbsolutePath();
      }
    }
    return null;
  }
}
