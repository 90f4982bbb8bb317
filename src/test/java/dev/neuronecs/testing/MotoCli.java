package dev.neuronecs.testing;

import dev.neuronecs.cli.CliContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs neuron-ecs in process against a moto_server, with dummy credentials and no user config. */
public final class MotoCli {
  private MotoCli() {}

  /** In us-east-1. */
  public static CliResult run(MotoServer moto, String... args) {
    return run(moto, AwsEnv.withRegion("us-east-1"), "", args);
  }

  /** With a context of the test's own (its environment and catalog). */
  public static CliResult run(MotoServer moto, CliContext context, String... args) {
    return Cli.run(context, withEndpoint(moto, args));
  }

  private static String[] withEndpoint(MotoServer moto, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--endpoint-url");
    all.add(moto.endpoint());
    return all.toArray(String[]::new);
  }

  public static CliResult run(MotoServer moto, Map<String, String> env, String stdin, String... args) {
    return Cli.runWithStdin(env, stdin, withEndpoint(moto, args));
  }
}
