package dev.neuronecs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code dev.neuronecs.Main} in a fresh JVM on the test classpath (target/classes and the
 * dependencies), with exactly the environment given: nothing of the developer's leaks in.
 */
public final class JavaProcess {
  private JavaProcess() {}

  /** The classpath of this test JVM, which holds target/classes and every dependency. */
  public static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public static CliResult main(List<String> jvmOptions, Map<String, String> env, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(classpath());
    cmd.add("dev.neuronecs.Main");
    cmd.addAll(List.of(args));
    return Processes.run(cmd, env);
  }

  /**
   * Writes an executable {@code neuron-ecs} script into {@code dir} that runs this build, for
   * tests of shell recipes that call neuron-ecs from PATH (the jar does not exist yet when the
   * tests run).
   */
  public static Path launcher(Path dir) {
    try {
      Path script = dir.resolve("neuron-ecs");
      Files.writeString(script, "#!/bin/sh\nexec '" + java() + "' -cp '" + classpath() + "' dev.neuronecs.Main \"$@\"\n");
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
