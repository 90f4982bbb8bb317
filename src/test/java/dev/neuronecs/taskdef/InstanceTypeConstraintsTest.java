package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceTypeConstraintsTest {
  @Test
  void takesOnlyTheInstanceTypeMemberOfConstraints() {
    Map<String, Object> td = Map.of("placementConstraints", List.of(
        Map.of("type", "memberOf", "expression", "attribute:ecs.os-type == linux"),
        Map.of("type", "memberOf", "expression", "attribute:ecs.instance-type == inf2.xlarge"),
        Map.of("type", "memberOf", "expression", "attribute:ecs.instance-type in [trn1.2xlarge, trn1.32xlarge]")));
    assertThat(InstanceTypeConstraints.of(td)).containsExactly(
        Map.of("type", "memberOf", "expression", "attribute:ecs.instance-type == inf2.xlarge"),
        Map.of("type", "memberOf", "expression", "attribute:ecs.instance-type in [trn1.2xlarge, trn1.32xlarge]"));
  }

  @Test
  void noneWithoutConstraints() {
    assertThat(InstanceTypeConstraints.of(Map.of("family", "f"))).isEmpty();
  }

  @Test
  void shellQuotingRoundTrips() {
    List<String> words = List.of("aws", "--x", "[{\"a\": \"b == c\"}]", "it's", "", "plain-1.2:3/4");
    String line = ShellWords.join(words);
    assertThat(line).startsWith("aws --x '[{\"a\": \"b == c\"}]' 'it'\\''s' '' plain-1.2:3/4");
    assertThat(ShellWords.split(line, "test")).containsExactlyElementsOf(words);
  }
}
