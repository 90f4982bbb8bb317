package dev.neuronecs.cli;

/** {@code --region} for commands that build task definitions (image registry, awslogs, --from-ec2). */
final class RegionOption {
  static final String NAME = "--region";

  private RegionOption() {}

  static Opt option() {
    return Opt.string(
        NAME,
        "REGION",
        "AWS region for the image registry, logs and --from-ec2. Default: AWS_REGION, AWS_DEFAULT_REGION.");
  }

  /** The option's value, or null; TaskOptions falls back to the spec file, then AWS_REGION. */
  static String value(Args args) {
    return args.string(NAME);
  }
}
