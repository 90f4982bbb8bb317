package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.aws.AwsSettings;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options every AWS command shares. They hold plain values only: the SDK is loaded when a
 * command runs, never while picocli builds the commands or prints help.
 */
@Command(addMethodSubcommands = false)
public final class AwsOptions {
  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "AWS region. Default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region.")
  String region;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "Profile from the AWS config and credentials files. Default: AWS_PROFILE, then default.")
  String profile;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description = "Call this endpoint instead of AWS's. Default: AWS_ENDPOINT_URL_ECS, _SSM or _EC2, then AWS_ENDPOINT_URL.")
  String endpointUrl;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "40",
      description = "Give up when AWS has not answered within this time, retries included. Default: 40.")
  int timeoutSeconds;

  /** The settings for this run; {@code spec} tells whether --verbose was given. */
  AwsSettings settings(CliContext context, CommandSpec spec) {
    return new AwsSettings(region, profile, endpointUrl, timeout(timeoutSeconds), context.env(), verbose(spec));
  }

  /** {@code --timeout} as a duration; out of range is bad input. */
  static Duration timeout(int seconds) {
    if (seconds < 1 || seconds > 3600) {
      throw NeuronEcsException.usage("--timeout " + seconds + " is out of range; give 1 to 3600 seconds");
    }
    return Duration.ofSeconds(seconds);
  }

  static boolean verbose(CommandSpec spec) {
    OptionSpec verbose = spec.findOption("--verbose");
    return verbose != null && Boolean.TRUE.equals(verbose.getValue());
  }
}
