package dev.neuronecs.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real AWS CLI, pointed at a test endpoint with dummy credentials and no user config. */
public final class AwsCli {
  private final String binary;
  private final String endpoint;
  private final String region;

  private AwsCli(String binary, String endpoint, String region) {
    this.binary = binary;
    this.endpoint = endpoint;
    this.region = region;
  }

  public static AwsCli against(MotoServer moto, String region) {
    return new AwsCli(ExternalTool.require("aws"), moto.endpoint(), region);
  }

  public AwsCli inRegion(String other) {
    return new AwsCli(binary, endpoint, other);
  }

  /** Runs {@code aws --endpoint-url E --region R --output json ARGS...}. */
  public CliResult run(String... args) {
    List<String> cmd = new ArrayList<>(List.of(binary, "--endpoint-url", endpoint, "--region", region, "--output", "json"));
    cmd.addAll(List.of(args));
    return exec(cmd, Map.of());
  }

  /**
   * Runs a script (through {@code sh}) that calls {@code aws} itself: the same endpoint, region and
   * dummy credentials reach it through AWS_ENDPOINT_URL and AWS_DEFAULT_REGION.
   */
  public CliResult runScript(Path script, String... args) {
    List<String> cmd = new ArrayList<>(List.of(ExternalTool.require("sh"), script.toString()));
    cmd.addAll(List.of(args));
    String dir = new File(binary).getParent();
    return exec(
        cmd,
        Map.of(
            "AWS_ENDPOINT_URL", endpoint,
            "AWS_DEFAULT_REGION", region,
            "PATH", dir + File.pathSeparator + System.getenv("PATH")));
  }

  /**
   * Runs a whole command line through {@code sh -c} (e.g. one neuron-ecs printed), with the same
   * dummy credentials; the line's {@code aws} is this AWS CLI.
   */
  public CliResult shell(String line) {
    String dir = new File(binary).getParent();
    return exec(List.of("sh", "-c", "PATH=\"" + dir + ":$PATH\"; " + line), Map.of());
  }

  private CliResult exec(List<String> cmd, Map<String, String> extraEnv) {
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.remove("AWS_SESSION_TOKEN");
    env.remove("AWS_PROFILE");
    env.put("AWS_CONFIG_FILE", "/dev/null");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    env.putAll(extraEnv);
    return Processes.run(cmd, env);
  }
}
