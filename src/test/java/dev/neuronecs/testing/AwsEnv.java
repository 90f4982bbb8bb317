package dev.neuronecs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Environment maps for in-process AWS commands: dummy credentials and a region, the AWS config and
 * credentials files pointed at empty files (so the developer's own are never read), HOME at an
 * empty directory and the instance metadata service off.
 */
public final class AwsEnv {
  /** A secret key no real account has; tests check it never appears in any output. */
  public static final String SECRET = "neuronEcsTestSecretKey0123456789abcdefXYZ";

  public static final String ACCESS_KEY = "AKIANEURONECSTEST000";

  private static Path home;

  private AwsEnv() {}

  /** Dummy credentials and {@code region}. */
  public static Map<String, String> withRegion(String region) {
    Map<String, String> env = noCredentials();
    env.put("AWS_REGION", region);
    env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", SECRET);
    return env;
  }

  /** No credentials and no region: only the empty files. */
  public static Map<String, String> noCredentials() {
    Path dir = home();
    Map<String, String> env = new HashMap<>();
    env.put("HOME", dir.toString());
    env.put("AWS_CONFIG_FILE", dir.resolve("config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    return env;
  }

  /** An empty directory holding empty config and credentials files, made once per run. */
  public static synchronized Path home() {
    if (home == null) {
      try {
        home = Files.createTempDirectory("neuron-ecs-home-");
        Files.createFile(home.resolve("config"));
        Files.createFile(home.resolve("credentials"));
        home.toFile().deleteOnExit();
        home.resolve("config").toFile().deleteOnExit();
        home.resolve("credentials").toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return home;
  }

  /** {@code env} plus {@code name=value}. */
  public static Map<String, String> with(Map<String, String> env, String name, String value) {
    Map<String, String> copy = new HashMap<>(env);
    copy.put(name, value);
    return copy;
  }
}
