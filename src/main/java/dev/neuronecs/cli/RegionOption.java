package dev.neuronecs.cli;

import picocli.CommandLine.Option;

/** {@code --region} for commands that build task definitions (image registry, awslogs). */
public final class RegionOption {
  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "AWS region for the image registry and logs. Default: AWS_REGION, AWS_DEFAULT_REGION.")
  String region;

  /** The option, else AWS_REGION, else AWS_DEFAULT_REGION, else null. */
  String resolve(CliContext context) {
    return context.region(region);
  }
}
