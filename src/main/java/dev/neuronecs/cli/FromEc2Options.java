package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.aws.AwsSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The AWS options of {@code gen} and {@code plan}, which call AWS only for {@code --from-ec2}. The
 * region is {@link RegionOption}'s (the same region picks the image registry and EC2's figures);
 * the rest match {@link AwsOptions}. Plain values only: nothing here loads the SDK.
 */
public final class FromEc2Options {
  String profile;
  String endpointUrl;
  Integer timeoutSeconds;

  static void addTo(CommandDef def) {
    def.option(
            Opt.string(
                "--profile",
                "NAME",
                "With --from-ec2: profile from the AWS config and credentials files. Default: AWS_PROFILE, then default."))
        .option(
            Opt.string(
                "--endpoint-url",
                "URL",
                "With --from-ec2: call this EC2 endpoint instead of AWS's. Default: AWS_ENDPOINT_URL_EC2, then AWS_ENDPOINT_URL."))
        .option(
            Opt.integer(
                "--timeout",
                "SECONDS",
                "With --from-ec2: give up when EC2 has not answered within this time, retries included. Default: 40."));
  }

  static FromEc2Options read(Args args) {
    FromEc2Options o = new FromEc2Options();
    o.profile = args.string("--profile");
    o.endpointUrl = args.string("--endpoint-url");
    o.timeoutSeconds = args.integer("--timeout");
    return o;
  }

  /** The settings for --from-ec2 in {@code region} (null: AWS_REGION, ..., the profile's). */
  AwsSettings settings(CliContext context, String region, boolean verbose) {
    return new AwsSettings(
        region,
        profile,
        endpointUrl,
        timeoutSeconds == null ? AwsSettings.DEFAULT_TIMEOUT : AwsOptions.timeout(timeoutSeconds),
        context.env(),
        verbose);
  }

  /** Without --from-ec2 these options would do nothing: bad input that says so. */
  void refuseWithout(boolean fromEc2) {
    List<String> given = new ArrayList<>();
    if (profile != null) {
      given.add("--profile");
    }
    if (endpointUrl != null) {
      given.add("--endpoint-url");
    }
    if (timeoutSeconds != null) {
      given.add("--timeout");
    }
    if (!fromEc2 && !given.isEmpty()) {
      throw NeuronEcsException.usage(
          String.join(", ", given) + (given.size() == 1 ? " is" : " are")
              + " used only with --from-ec2 (this command calls AWS for nothing else); add --from-ec2 or drop "
              + (given.size() == 1 ? "it" : "them"));
    }
  }
}
