package dev.neuronecs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code --region} for commands that build task definitions (image registry, awslogs, --from-ec2). */
@Command(addMethodSubcommands = false)
public final class RegionOption {
  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "AWS region for the image registry, logs and --from-ec2. Default: AWS_REGION, AWS_DEFAULT_REGION.")
  String region;

  /** The option's value, or null; TaskOptions falls back to the spec file, then AWS_REGION. */
  String value() {
    return region;
  }
}
