package dev.neuronecs.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN from the environment map of
 * {@link AwsSettings} (in production that map is System.getenv(); tests inject theirs). Its
 * toString never shows a key.
 */
final class EnvironmentCredentials implements AwsCredentialsProvider {
  private final AwsSettings settings;

  EnvironmentCredentials(AwsSettings settings) {
    this.settings = settings;
  }

  static boolean present(AwsSettings settings) {
    return settings.env("AWS_ACCESS_KEY_ID") != null && settings.env("AWS_SECRET_ACCESS_KEY") != null;
  }

  @Override
  public AwsCredentials resolveCredentials() {
    String key = settings.env("AWS_ACCESS_KEY_ID");
    String secret = settings.env("AWS_SECRET_ACCESS_KEY");
    if (key == null || secret == null) {
      throw SdkClientException.create("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set");
    }
    String token = settings.env("AWS_SESSION_TOKEN");
    return token == null ? AwsBasicCredentials.create(key, secret) : AwsSessionCredentials.create(key, secret, token);
  }

  @Override
  public String toString() {
    return "EnvironmentCredentials(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)";
  }
}
