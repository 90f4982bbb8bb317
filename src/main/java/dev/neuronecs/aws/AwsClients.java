package dev.neuronecs.aws;

import dev.neuronecs.NeuronEcsException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds the ECS, SSM and EC2 clients on first use, and only then: creating this object touches no SDK
 * class. Every client shares one JDK HttpURLConnection client, the standard retry strategy (at most
 * {@link #MAX_ATTEMPTS} attempts with exponential backoff and jitter, throttling and 5xx replies
 * and dropped connections retried), and one deadline for the whole command ({@code --timeout}):
 * each call gets the time that is left.
 *
 * <p>Region: {@code --region}, AWS_REGION, AWS_DEFAULT_REGION, then the profile's. Credentials:
 * with {@code --profile}, that profile only (as the AWS CLI does); otherwise the environment map's
 * keys first, then the SDK's default chain (profile, web identity, container and instance roles).
 */
public final class AwsClients implements AutoCloseable {
  /** One try and three retries. */
  public static final int MAX_ATTEMPTS = 4;

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");

  private final AwsSettings settings;
  private final Instant deadline;
  private final List<String> secrets = new ArrayList<>();
  private Profiles profiles;
  private String region;
  private String credentialSource;
  private AwsCredentials credentials;
  private SdkHttpClient http;
  private EcsClient ecs;
  private SsmClient ssm;
  private Ec2Client ec2;

  public AwsClients(AwsSettings settings) {
    this.settings = settings;
    this.deadline = Instant.now().plus(settings.timeout());
    for (String name : List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")) {
      if (settings.env(name) != null) {
        secrets.add(settings.env(name));
      }
    }
  }

  /** The region to call; none anywhere is a failure that says where to set one. */
  public String region() {
    if (region == null) {
      String r = settings.explicitRegion();
      if (r == null) {
        r = profiles().region().orElse(null);
      }
      if (r == null) {
        throw NeuronEcsException.failure(
            "no AWS region: give --region, e.g. --region us-east-1, or set AWS_REGION, or add region to profile '"
                + profiles().name() + "' ('aws configure')",
            null);
      }
      if (!REGION.matcher(r).matches()) {
        throw NeuronEcsException.usage("'" + r + "' is not an AWS region name; use one like us-east-1");
      }
      region = r;
    }
    return region;
  }

  /** "ECS at http://127.0.0.1:5000" or "ECS in us-east-1", for messages. */
  public String where(String service) {
    URI endpoint = settings.endpoint(service);
    return endpoint != null ? service + " at " + endpoint : service + " in " + region();
  }

  /** One line on how this command reaches AWS, for --verbose; never a key. */
  public String summary(String service) {
    resolveCredentials();
    return where(service) + " (region " + region() + "), credentials from " + credentialSource
        + ", at most " + MAX_ATTEMPTS + " attempts per call, " + settings.timeout().toSeconds() + " s in all";
  }

  EcsClient ecs() {
    if (ecs == null) {
      ecs = configure(EcsClient.builder().httpClient(http()), "ECS").build();
    }
    return ecs;
  }

  SsmClient ssm() {
    if (ssm == null) {
      ssm = configure(SsmClient.builder().httpClient(http()), "SSM").build();
    }
    return ssm;
  }

  Ec2Client ec2() {
    if (ec2 == null) {
      ec2 = configure(Ec2Client.builder().httpClient(http()), "EC2").build();
    }
    return ec2;
  }

  /** What a failed call is about, for {@link AwsErrors}. */
  AwsCall call(String service, String operation) {
    return new AwsCall(service, operation, where(service), settings.timeout(), secrets);
  }

  /** Time left before the command's deadline; none left is the timeout failure. */
  Duration remaining(AwsCall call) {
    Duration left = Duration.between(Instant.now(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw AwsErrors.timedOut(call, null);
    }
    return left;
  }

  private <B extends AwsClientBuilder<B, ?>> B configure(B builder, String service) {
    resolveCredentials();
    builder
        .region(Region.of(region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build())
                .apiCallTimeout(settings.timeout())
                .defaultProfileFile(profiles().file())
                .defaultProfileName(profiles().name())
                .build());
    URI endpoint = settings.endpoint(service);
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder;
  }

  private SdkHttpClient http() {
    if (http == null) {
      Duration timeout = settings.timeout();
      Duration connect = timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5);
      Duration socket = clamp(timeout.dividedBy(2), Duration.ofSeconds(1), Duration.ofSeconds(20));
      http = UrlConnectionHttpClient.builder().connectionTimeout(connect).socketTimeout(socket).build();
    }
    return http;
  }

  private Profiles profiles() {
    if (profiles == null) {
      profiles = Profiles.load(settings);
    }
    return profiles;
  }

  private void resolveCredentials() {
    if (credentials != null) {
      return;
    }
    AwsCredentialsProvider provider = provider();
    try {
      credentials = provider.resolveCredentials();
    } catch (SdkClientException | IllegalStateException e) {
      // IllegalStateException: a profile that needs a module we do not ship (STS, SSO)
      throw AwsErrors.noCredentials(e, profiles().name(), settings.profile() != null, secrets);
    } finally {
      if (provider instanceof SdkAutoCloseable closeable) {
        closeable.close();
      }
    }
    secrets.add(credentials.accessKeyId());
    secrets.add(credentials.secretAccessKey());
    if (credentials instanceof AwsSessionCredentials session) {
      secrets.add(session.sessionToken());
    }
  }

  private AwsCredentialsProvider provider() {
    Profiles p = profiles();
    if (settings.profile() != null) {
      credentialSource = "profile '" + p.name() + "'";
      return ProfileCredentialsProvider.builder().profileFile(p.file()).profileName(p.name()).build();
    }
    if (EnvironmentCredentials.present(settings)) {
      credentialSource = "the environment (AWS_ACCESS_KEY_ID)";
    } else {
      credentialSource = "the default chain (profile '" + p.name() + "', web identity, container or instance role)";
    }
    return AwsCredentialsProviderChain.builder()
        .credentialsProviders(
            new EnvironmentCredentials(settings),
            DefaultCredentialsProvider.builder().profileFile(p.file()).profileName(p.name()).build())
        .reuseLastProviderEnabled(false)
        .build();
  }

  private static Duration clamp(Duration d, Duration min, Duration max) {
    return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
  }

  @Override
  public void close() {
    if (ecs != null) {
      ecs.close();
    }
    if (ssm != null) {
      ssm.close();
    }
    if (ec2 != null) {
      ec2.close();
    }
    if (http != null) {
      http.close();
    }
  }
}
