package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.aws.AwsSettings;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options every AWS command shares. They hold plain values only: the SDK is loaded when a
 * command runs, never while picocli builds the commands or prints help.
 */
public final class AwsOptions {
  /** The option names, for commands that refuse them when they would do nothing. */
  static final List<String> NAMES = List.of("--region", "--profile", "--endpoint-url", "--timeout");

  String region;
  String profile;
  String endpointUrl;
  int timeoutSeconds;

  static void addTo(CommandDef def) {
    def.option(
            Opt.string(
                "--region",
                "REGION",
                "AWS region. Default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region."))
        .option(
            Opt.string(
                "--profile",
                "NAME",
                "Profile from the AWS config and credentials files. Default: AWS_PROFILE, then default."))
        .option(
            Opt.string(
                "--endpoint-url",
                "URL",
                "Call this endpoint instead of AWS's. Default: AWS_ENDPOINT_URL_ECS or _SSM, then AWS_ENDPOINT_URL."))
        .option(
            Opt.integer(
                    "--timeout",
                    "SECONDS",
                    "Give up when AWS has not answered within this time, retries included. Default: 40.")
                .defaultValue("40"));
  }

  static AwsOptions read(Args args) {
    AwsOptions o = new AwsOptions();
    o.region = args.string("--region");
    o.profile = args.string("--profile");
    o.endpointUrl = args.string("--endpoint-url");
    o.timeoutSeconds = args.integer("--timeout");
    return o;
  }

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
