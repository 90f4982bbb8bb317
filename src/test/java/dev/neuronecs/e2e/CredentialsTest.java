package dev.neuronecs.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.AwsStub;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.JavaProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials as the real program finds them: a fresh JVM with exactly the environment given, so
 * the SDK's own look-ups (environment, profile files, instance metadata) see nothing of the
 * developer's.
 */
class CredentialsTest {
  @TempDir Path dir;

  private Map<String, String> bareEnvironment() throws IOException {
    Files.createFile(dir.resolve("config"));
    Files.createFile(dir.resolve("credentials"));
    return new java.util.HashMap<>(Map.of(
        "HOME", dir.toString(),
        "AWS_CONFIG_FILE", dir.resolve("config").toString(),
        "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString(),
        "AWS_EC2_METADATA_DISABLED", "true"));
  }

  @Test
  void noCredentialsIsOneLineThatSaysWhereToPutThem() throws IOException {
    try (AwsStub stub = AwsStub.start()) {
      CliResult r = JavaProcess.main(List.of(), bareEnvironment(), "ami", "--region", "us-east-1", "--endpoint-url", stub.endpoint());
      assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("neuron-ecs: error: no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
          + " or choose a profile with --profile or AWS_PROFILE ('aws configure'), or run where an instance or task role is available\n");
      assertThat(stub.requests()).as("nothing is sent unsigned").isEmpty();
    }
  }

  @Test
  void aProfileThatNeedsStsSaysHowToExportKeys() throws IOException {
    Map<String, String> env = bareEnvironment();
    Files.writeString(dir.resolve("config"), "[profile assume]\nrole_arn = arn:aws:iam::123456789012:role/x\nsource_profile = base\n"
        + "[profile base]\nregion = us-east-1\n");
    Files.writeString(dir.resolve("credentials"), "[base]\naws_access_key_id = AKIABASE000000000000\naws_secret_access_key = " + AwsEnv.SECRET + "\n");
    try (AwsStub stub = AwsStub.start()) {
      CliResult byOption = JavaProcess.main(
          List.of(), env, "ami", "--region", "us-east-1", "--profile", "assume", "--endpoint-url", stub.endpoint(), "--verbose");
      Map<String, String> withProfile = new java.util.HashMap<>(env);
      withProfile.put("AWS_PROFILE", "assume");
      CliResult byEnvironment = JavaProcess.main(List.of(), withProfile, "ami", "--region", "us-east-1", "--endpoint-url", stub.endpoint());
      for (CliResult r : List.of(byOption, byEnvironment)) {
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).as("%s", r)
            .contains("neuron-ecs: error: profile 'assume' gets its credentials through AWS STS or SSO")
            .contains("aws configure export-credentials --profile assume --format env")
            .doesNotContain(AwsEnv.SECRET);
      }
      assertThat(stub.requests()).isEmpty();
    }
  }
}
