package dev.neuronecs.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.testing.AwsEnv;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsSettingsTest {
  @TempDir Path dir;

  private static AwsSettings settings(String region, String profile, String endpoint, Map<String, String> env) {
    return new AwsSettings(region, profile, endpoint, null, env, false);
  }

  @Test
  void endpointPrecedenceIsTheAwsClis() {
    Map<String, String> env = Map.of("AWS_ENDPOINT_URL", "http://all:1", "AWS_ENDPOINT_URL_ECS", "http://ecs:2");
    assertThat(settings(null, null, "http://option:3", env).endpoint("ECS")).isEqualTo(URI.create("http://option:3"));
    assertThat(settings(null, null, null, env).endpoint("ECS")).isEqualTo(URI.create("http://ecs:2"));
    assertThat(settings(null, null, null, env).endpoint("SSM")).isEqualTo(URI.create("http://all:1"));
    assertThat(settings(null, null, null, AwsEnv.with(env, "AWS_ENDPOINT_URL_EC2", "http://ec2:4")).endpoint("EC2"))
        .isEqualTo(URI.create("http://ec2:4"));
    assertThat(settings(null, null, null, Map.of()).endpoint("SSM")).isNull();
    Map<String, String> ignored = new HashMap<>(env);
    ignored.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
    assertThat(settings(null, null, null, ignored).endpoint("ECS")).isNull();
  }

  @Test
  void anEndpointThatIsNotAnHttpUrlIsBadInput() {
    assertThatThrownBy(() -> settings(null, null, "localhost:4566", Map.of()).endpoint("ECS"))
        .isInstanceOfSatisfying(NeuronEcsException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining("--endpoint-url 'localhost:4566' is not an http(s) URL");
    assertThatThrownBy(() -> settings(null, null, null, Map.of("AWS_ENDPOINT_URL_SSM", "ftp://x")).endpoint("SSM"))
        .hasMessageContaining("AWS_ENDPOINT_URL_SSM 'ftp://x'");
  }

  @Test
  void regionPrecedence() {
    Map<String, String> env = AwsEnv.with(AwsEnv.with(AwsEnv.noCredentials(), "AWS_REGION", "eu-west-1"), "AWS_DEFAULT_REGION", "eu-west-2");
    assertThat(new AwsClients(settings("us-west-2", null, null, env)).region()).isEqualTo("us-west-2");
    assertThat(new AwsClients(settings(null, null, null, env)).region()).isEqualTo("eu-west-1");
    Map<String, String> onlyDefault = AwsEnv.with(AwsEnv.noCredentials(), "AWS_DEFAULT_REGION", "eu-west-2");
    assertThat(new AwsClients(settings(null, null, null, onlyDefault)).region()).isEqualTo("eu-west-2");
  }

  @Test
  void regionFromTheProfileInTheConfigFileTheEnvironmentNames() throws IOException {
    Path config = Files.writeString(dir.resolve("config"), "[default]\nregion = ap-south-1\n[profile ci]\nregion = sa-east-1\n");
    Map<String, String> env = AwsEnv.with(AwsEnv.noCredentials(), "AWS_CONFIG_FILE", config.toString());
    assertThat(new AwsClients(settings(null, null, null, env)).region()).isEqualTo("ap-south-1");
    assertThat(new AwsClients(settings(null, "ci", null, env)).region()).isEqualTo("sa-east-1");
    assertThat(new AwsClients(settings(null, null, null, AwsEnv.with(env, "AWS_PROFILE", "ci"))).region()).isEqualTo("sa-east-1");
  }

  @Test
  void noRegionAnywhereIsAFailureThatSaysWhereToSetOne() {
    assertThatThrownBy(() -> new AwsClients(settings(null, null, null, AwsEnv.noCredentials())).region())
        .isInstanceOfSatisfying(NeuronEcsException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessageStartingWith("no AWS region: give --region");
  }

  @Test
  void aProfileThatIsNotThereIsBadInput() {
    assertThatThrownBy(() -> new AwsClients(settings(null, "nope", null, AwsEnv.noCredentials())).region())
        .isInstanceOfSatisfying(NeuronEcsException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining("AWS profile 'nope' is not in");
  }

  @Test
  void aMalformedRegionIsBadInput() {
    assertThatThrownBy(() -> new AwsClients(settings("useast1", null, null, AwsEnv.noCredentials())).region())
        .hasMessageContaining("'useast1' is not an AWS region name");
  }

  @Test
  void redactionMasksEverySecretInTheWholeChain() {
    Throwable original = new IllegalStateException("outer SECRETVALUE", new RuntimeException("inner token TOKENVALUE"));
    original.addSuppressed(new RuntimeException("attempt 1: SECRETVALUE"));
    Throwable copy = Redacted.copy(original, java.util.List.of("SECRETVALUE", "TOKENVALUE"));
    java.io.StringWriter trace = new java.io.StringWriter();
    copy.printStackTrace(new java.io.PrintWriter(trace));
    assertThat(trace.toString())
        .doesNotContain("SECRETVALUE", "TOKENVALUE")
        .contains("java.lang.IllegalStateException: outer ****", "inner token ****", "attempt 1: ****", "\tat ");
  }
}
