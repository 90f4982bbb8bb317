package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.JsonReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportedTaskDefinitionTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) {
    return (Map<String, Object>) JsonReader.read(text.replace('\'', '"'), "test");
  }

  @Test
  void unwrapsDescribeOutputAndDropsReadOnlyKeys() {
    ImportedTaskDefinition imported = ImportedTaskDefinition.of(json(
        "{'taskDefinition': {'taskDefinitionArn': 'arn:x', 'family': 'f', 'revision': 2, 'status': 'ACTIVE',"
            + " 'requiresAttributes': [{'name': 'com.amazonaws.ecs.capability.docker-remote-api.1.19'}], 'compatibilities': ['EC2'],"
            + " 'registeredAt': '2026-01-01T00:00:00Z', 'registeredBy': 'arn:aws:iam::1:user/u', 'containerDefinitions': []},"
            + " 'tags': [{'key': 'team', 'value': 'ml'}]}"));
    assertThat(imported.document())
        .containsOnlyKeys("family", "containerDefinitions", "tags")
        .containsEntry("tags", List.of(Map.of("key", "team", "value", "ml")));
    assertThat(imported.dropped())
        .containsExactly("taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt", "registeredBy");
  }

  @Test
  void emptyTagsOfDescribeOutputAreLeftOut() {
    ImportedTaskDefinition imported = ImportedTaskDefinition.of(json("{'taskDefinition': {'family': 'f'}, 'tags': []}"));
    assertThat(imported.document()).containsOnlyKeys("family");
    assertThat(imported.dropped()).isEmpty();
  }

  @Test
  void aPlainDocumentIsKeptAsIs() {
    Map<String, Object> doc = json("{'family': 'f', 'cpu': '1024', 'unknownKey': 1}");
    assertThat(ImportedTaskDefinition.of(doc).document()).isEqualTo(doc);
  }
}
