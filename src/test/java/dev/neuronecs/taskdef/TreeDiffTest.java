package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.ChangeText;
import dev.neuronecs.render.JsonReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeDiffTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> n(String text) {
    return Normalizer.normalize((Map<String, Object>) JsonReader.read(text.replace('\'', '"'), "test"));
  }

  @Test
  void equalTreesHaveNoChanges() {
    assertThat(TreeDiff.between(n("{'family': 'f'}"), n("{'family': 'f'}"))).isEmpty();
  }

  @Test
  void listsWithNamesAreMatchedByName() {
    List<Change> changes = TreeDiff.between(
        n("{'containerDefinitions': [{'name': 'web', 'image': 'a:1', 'environment': [{'name': 'A', 'value': '1'}, {'name': 'C', 'value': '3'}]}]}"),
        n("{'containerDefinitions': [{'name': 'web', 'image': 'a:2', 'environment': [{'name': 'A', 'value': '1'}, {'name': 'B', 'value': '2'}, {'name': 'C', 'value': '4'}]}]}"));
    assertThat(ChangeText.lines(changes).lines())
        .containsExactly(
            "+ containerDefinitions[name=web].environment[name=B]: {\"name\": \"B\", \"value\": \"2\"}",
            "~ containerDefinitions[name=web].environment[name=C].value: \"3\" -> \"4\"",
            "~ containerDefinitions[name=web].image: \"a:1\" -> \"a:2\"");
  }

  @Test
  void addedAndRemovedKeys() {
    List<Change> changes = TreeDiff.between(n("{'family': 'f', 'cpu': '1024'}"), n("{'family': 'f', 'memory': '2048'}"));
    assertThat(changes)
        .containsExactly(
            new Change(Change.Kind.REMOVED, "cpu", "1024", null),
            new Change(Change.Kind.ADDED, "memory", null, "2048"));
  }

  @Test
  void scalarListsChangeAsAWhole() {
    List<Change> changes = TreeDiff.between(
        n("{'containerDefinitions': [{'name': 'c', 'command': ['a', 'b']}]}"),
        n("{'containerDefinitions': [{'name': 'c', 'command': ['b', 'a']}]}"));
    assertThat(changes).hasSize(1);
    assertThat(ChangeText.line(changes.get(0))).isEqualTo("~ containerDefinitions[name=c].command: [\"a\", \"b\"] -> [\"b\", \"a\"]");
  }

  @Test
  void devicesAreMatchedByHostPath() {
    List<Change> changes = TreeDiff.between(
        n("{'containerDefinitions': [{'name': 'c', 'linuxParameters': {'devices': [{'hostPath': '/dev/neuron0', 'permissions': ['read']}]}}]}"),
        n("{'containerDefinitions': [{'name': 'c', 'linuxParameters': {'devices': [{'hostPath': '/dev/neuron0', 'permissions': ['read', 'write']}]}}]}"));
    assertThat(changes).extracting(Change::path)
        .containsExactly("containerDefinitions[name=c].linuxParameters.devices[hostPath=/dev/neuron0].permissions");
  }

  @Test
  void fromNothingEverythingIsAdded() {
    List<Change> changes = Comparison.changes(null, Map.of("family", "f", "cpu", "1024"));
    assertThat(changes).allMatch(c -> c.kind() == Change.Kind.ADDED);
    assertThat(changes).extracting(Change::path).contains("family", "cpu", "networkMode");
  }

  @Test
  void comparisonDropsReadOnlyKeysOfTheRegisteredRevision() {
    Map<String, Object> registered = Map.of(
        "family", "f", "revision", 3, "status", "ACTIVE", "taskDefinitionArn", "arn:x", "compatibilities", List.of("EC2"),
        "registeredAt", "2026-01-01T00:00:00Z", "requiresAttributes", List.of(Map.of("name", "x")));
    assertThat(Comparison.changes(registered, Map.of("family", "f"))).isEmpty();
  }

  @Test
  void jsonForm() {
    List<Object> tree = ChangeText.tree(List.of(new Change(Change.Kind.CHANGED, "cpu", "1", "2"), new Change(Change.Kind.ADDED, "x", null, 1L)));
    assertThat(tree).containsExactly(
        Map.of("op", "change", "path", "cpu", "old", "1", "new", "2"),
        Map.of("op", "add", "path", "x", "new", 1L));
  }
}
