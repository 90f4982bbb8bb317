package dev.neuronecs.testing;

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

  public static CliResult run(MotoServer moto, Map<String, String> env, String stdin, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--endpoint-url");
    all.add(moto.endpoint());
    return Cli.runWithStdin(env, stdin, all.toArray(String[]::new));
  }
}
