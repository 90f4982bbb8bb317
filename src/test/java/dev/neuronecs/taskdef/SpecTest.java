package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.neuronecs.render.JsonReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecTest {
  private static Spec spec(String yaml, Map<String, String> env) {
    return Spec.parse(JsonReader.read(new YAMLFactory(), yaml, "spec.yaml", "YAML"), env, "spec.yaml");
  }

  @Test
  void readsEverySetting() {
    Spec s = spec("""
        instance: inf2.24xlarge
        image: ${REGISTRY}/serve:${TAG:-latest}
        family: serve
        name: app
        chips: 2
        first-chip: 2
        cpu: 8192
        memory: 32768
        env: {MODE: prod, WORKERS: 4}
        ports: [8080, "9090:9090"]
        network-mode: bridge
        execution-role-arn: arn:aws:iam::1:role/exec
        task-role-arn: arn:aws:iam::1:role/task
        log-group: /ecs/serve
        region: eu-west-1
        command: python serve.py --port 8080
        entrypoint: ["/bin/sh", "-c"]
        secrets: {HF_TOKEN: "${TOKEN_ARN}"}
        tags: {team: ml}
        shm-size: 1024
        ulimits: {nofile: "65536:65536"}
        health-check: none
        """, Map.of("REGISTRY", "123.dkr.ecr.eu-west-1.amazonaws.com", "TOKEN_ARN", "arn:aws:secretsmanager:x"));
    TaskRequest r = s.request();
    assertThat(r.instanceType()).isEqualTo("inf2.24xlarge");
    assertThat(r.image()).isEqualTo("123.dkr.ecr.eu-west-1.amazonaws.com/serve:latest");
    assertThat(r.chips()).isEqualTo(2);
    assertThat(r.firstChip()).isEqualTo(2);
    assertThat(r.environment()).containsExactly(new KeyValue("MODE", "prod"), new KeyValue("WORKERS", "4"));
    assertThat(r.ports()).containsExactly(new PortMapping(8080, null, "tcp"), new PortMapping(9090, 9090, "tcp"));
    assertThat(r.command()).containsExactly("python", "serve.py", "--port", "8080");
    assertThat(r.entryPoint()).containsExactly("/bin/sh", "-c");
    assertThat(r.secrets()).containsExactly(new Secret("HF_TOKEN", "arn:aws:secretsmanager:x"));
    assertThat(r.tags()).containsExactly(new KeyValue("team", "ml"));
    assertThat(r.ulimits()).containsExactly(new Ulimit("nofile", 65536, 65536));
    assertThat(r.shmSize()).isEqualTo(1024);
    assertThat(r.healthCheck()).isEqualTo("none");
    assertThat(s.region()).isEqualTo("eu-west-1");
  }

  @Test
  void presetEfaAndMode() {
    TaskRequest r = spec("instance: trn1.32xlarge\npreset: training\nefa: true\nmode: ec2\n", Map.of()).request();
    assertThat(r.preset()).isEqualTo("training");
    assertThat(r.efa()).isEqualTo(TaskRequest.EFA_ALL);
    assertThat(spec("efa: 4", Map.of()).request().efa()).isEqualTo(4);
    assertThat(spec("efa: false", Map.of()).request().efa()).isNull();
    assertThat(spec("env: [A=1, B=2]", Map.of()).request().environment()).containsExactly(new KeyValue("A", "1"), new KeyValue("B", "2"));
  }

  @Test
  void aMissingVariableIsAnErrorNeverAnEmptyString() {
    assertThatThrownBy(() -> spec("image: ${REGISTRY}/serve:1", Map.of()))
        .hasMessage("spec.yaml: image: ${REGISTRY} is not set in the environment; export it, or give a default with ${REGISTRY:-value}");
    assertThat(spec("image: $${NOT_A_VAR}", Map.of()).request().image()).isEqualTo("${NOT_A_VAR}");
    assertThat(spec("image: ${EMPTY:-fallback}", Map.of("EMPTY", "")).request().image()).isEqualTo("fallback");
    assertThatThrownBy(() -> spec("image: ${oops", Map.of())).hasMessageContaining("without a closing");
  }

  @Test
  void unknownKeysNameTheClosest() {
    assertThatThrownBy(() -> spec("instance: inf2.xlarge\nport: [80]", Map.of()))
        .hasMessage("spec.yaml: unknown key 'port' (did you mean ports?); see docs/spec.md for the keys");
    assertThatThrownBy(() -> spec("instanse: inf2.xlarge", Map.of())).hasMessageContaining("did you mean instance?");
  }

  @Test
  void wrongShapesAreBadInput() {
    assertThatThrownBy(() -> spec("chips: two", Map.of())).hasMessage("spec.yaml: chips must be a whole number, not 'two'");
    assertThatThrownBy(() -> spec("image: [a, b]", Map.of())).hasMessage("spec.yaml: image must be a single value");
    assertThatThrownBy(() -> spec("env: 3", Map.of())).hasMessageContaining("env must be a mapping");
    assertThatThrownBy(() -> spec("- a\n- b", Map.of())).hasMessageContaining("a spec file is a mapping");
  }

  @Test
  void keysAreTheFlagNames() {
    assertThat(Spec.KEYS).doesNotHaveDuplicates().allSatisfy(k -> assertThat(k).matches("[a-z-]+"));
    assertThat(Spec.KEYS).contains("first-chip", "network-mode", "shm-size").doesNotContain("firstChip");
    assertThat(List.copyOf(Spec.KEYS)).hasSize(26);
  }
}
