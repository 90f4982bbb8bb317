package dev.neuronecs.aws;

import dev.neuronecs.NeuronEcsException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What the AWS options and the environment say about reaching AWS; plain values only, so commands
 * can hold it without loading the SDK.
 *
 * @param region {@code --region}, or null to take AWS_REGION, AWS_DEFAULT_REGION or the profile's
 * @param profile {@code --profile}, or null for AWS_PROFILE or "default"
 * @param endpointUrl {@code --endpoint-url}, or null for AWS_ENDPOINT_URL_<SERVICE> / AWS_ENDPOINT_URL
 * @param timeout how long the whole command may wait for AWS, retries included
 * @param env the environment (System.getenv() in production; tests pass their own)
 * @param verbose whether to describe the set-up on stderr
 */
public record AwsSettings(
    String region, String profile, String endpointUrl, Duration timeout, Map<String, String> env, boolean verbose) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(40);

  public AwsSettings {
    region = blankToNull(region);
    profile = blankToNull(profile);
    endpointUrl = blankToNull(endpointUrl);
    env = Map.copyOf(env);
    if (timeout == null) {
      timeout = DEFAULT_TIMEOUT;
    }
    if (endpointUrl != null) {
      parseEndpoint(endpointUrl, "--endpoint-url");
    }
  }

  /** The value of an environment variable, or null when unset or empty. */
  public String env(String name) {
    return blankToNull(env.get(name));
  }

  /** {@code --region}, else AWS_REGION, else AWS_DEFAULT_REGION, else null (the profile may know). */
  public String explicitRegion() {
    if (region != null) {
      return region;
    }
    String fromEnv = env("AWS_REGION");
    return fromEnv != null ? fromEnv : env("AWS_DEFAULT_REGION");
  }

  /** {@code --profile}, else AWS_PROFILE, else null. */
  public String explicitProfile() {
    return profile != null ? profile : env("AWS_PROFILE");
  }

  /**
   * The endpoint for {@code service} ("ECS", "SSM") as the AWS CLI picks it: {@code
   * --endpoint-url}, else AWS_ENDPOINT_URL_ECS (or _SSM), else AWS_ENDPOINT_URL; the environment is
   * ignored when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true. Null: AWS's own endpoint.
   */
  public URI endpoint(String service) {
    String chosen = endpointUrl;
    String from = "--endpoint-url";
    if (chosen == null && !"true".equalsIgnoreCase(env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))) {
      String variable = "AWS_ENDPOINT_URL_" + service.toUpperCase(Locale.ROOT);
      chosen = env(variable);
      from = variable;
      if (chosen == null) {
        chosen = env("AWS_ENDPOINT_URL");
        from = "AWS_ENDPOINT_URL";
      }
    }
    return chosen == null ? null : parseEndpoint(chosen, from);
  }

  static URI parseEndpoint(String value, String from) {
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw NeuronEcsException.usage(
        from + " '" + value + "' is not an http(s) URL; use e.g. --endpoint-url https://ecs.us-east-1.amazonaws.com");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
