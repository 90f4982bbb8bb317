package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.Tree;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) {
    return (Map<String, Object>) JsonReader.read(text.replace('\'', '"'), "test");
  }

  private static Map<String, Object> normalized(String text) {
    return Normalizer.normalize(json(text));
  }

  @Test
  void fillsInWhatEcsFillsIn() {
    Map<String, Object> n = normalized("{'family': 'f', 'containerDefinitions': [{'name': 'c', 'image': 'i',"
        + " 'portMappings': [{'containerPort': 80}], 'linuxParameters': {'devices': [{'hostPath': '/dev/neuron0'}]}}]}");
    assertThat(n.get("networkMode")).isEqualTo("bridge");
    assertThat(Tree.at(n, "containerDefinitions.0.cpu")).isEqualTo(0L);
    assertThat(Tree.at(n, "containerDefinitions.0.essential")).isEqualTo(true);
    assertThat(Tree.at(n, "containerDefinitions.0.portMappings.0"))
        .isEqualTo(Map.of("containerPort", 80L, "protocol", "tcp"));
    assertThat(Tree.at(n, "containerDefinitions.0.linuxParameters.devices.0"))
        .isEqualTo(Map.of("hostPath", "/dev/neuron0", "containerPath", "/dev/neuron0", "permissions", List.of("mknod", "read", "write")));
  }

  @Test
  void whatEcsReturnsForOurDocumentEqualsOurDocument() {
    // What register sends, and what DescribeTaskDefinition returns for it (ECS's defaults, empty
    // lists, reordered lists, awsvpc host ports).
    String sent = "{'family': 'f', 'networkMode': 'awsvpc', 'requiresCompatibilities': ['EC2'], 'cpu': '4096', 'memory': '8192',"
        + " 'placementConstraints': [{'type': 'memberOf', 'expression': 'attribute:ecs.instance-type == inf2.xlarge'}],"
        + " 'containerDefinitions': [{'name': 'c', 'image': 'i', 'essential': true,"
        + "   'environment': [{'name': 'B', 'value': '2'}, {'name': 'A', 'value': '1'}],"
        + "   'portMappings': [{'containerPort': 8080, 'protocol': 'tcp'}],"
        + "   'linuxParameters': {'capabilities': {'add': ['IPC_LOCK']}, 'devices': [{'hostPath': '/dev/neuron0', 'containerPath': '/dev/neuron0', 'permissions': ['read', 'write']}]},"
        + "   'healthCheck': {'command': ['CMD', 'true']}}]}";
    String described = "{'family': 'f', 'networkMode': 'awsvpc', 'requiresCompatibilities': ['EC2'], 'cpu': '4096', 'memory': '8192',"
        + " 'volumes': [], 'placementConstraints': [{'expression': 'attribute:ecs.instance-type == inf2.xlarge', 'type': 'memberOf'}],"
        + " 'containerDefinitions': [{'name': 'c', 'image': 'i', 'cpu': 0, 'essential': true, 'mountPoints': [], 'volumesFrom': [], 'systemControls': [],"
        + "   'environment': [{'name': 'A', 'value': '1'}, {'name': 'B', 'value': '2'}],"
        + "   'portMappings': [{'containerPort': 8080, 'hostPort': 8080, 'protocol': 'tcp'}],"
        + "   'linuxParameters': {'capabilities': {'add': ['IPC_LOCK'], 'drop': []}, 'devices': [{'hostPath': '/dev/neuron0', 'containerPath': '/dev/neuron0', 'permissions': ['write', 'read']}]},"
        + "   'healthCheck': {'command': ['CMD', 'true'], 'interval': 30, 'timeout': 5, 'retries': 3}}]}";
    assertThat(normalized(sent)).isEqualTo(normalized(described));
  }

  @Test
  void unitsAndNumbers() {
    assertThat(normalized("{'cpu': '1 vCPU', 'memory': '2 GB'}")).containsEntry("cpu", "1024").containsEntry("memory", "2048");
    assertThat(normalized("{'cpu': '0.5 vcpu', 'memory': '0.5GB'}")).containsEntry("cpu", "512").containsEntry("memory", "512");
    assertThat(normalized("{'cpu': 4096, 'memory': 8192}")).containsEntry("cpu", "4096").containsEntry("memory", "8192");
  }

  @Test
  void bridgeHostPortZeroIsADynamicPortLikeNone() {
    assertThat(normalized("{'containerDefinitions': [{'name': 'c', 'portMappings': [{'containerPort': 80, 'hostPort': 0}]}]}"))
        .isEqualTo(normalized("{'containerDefinitions': [{'name': 'c', 'portMappings': [{'containerPort': 80}]}]}"));
    assertThat(normalized("{'containerDefinitions': [{'name': 'c', 'portMappings': [{'containerPort': 80, 'hostPort': 8080}]}]}"))
        .isNotEqualTo(normalized("{'containerDefinitions': [{'name': 'c', 'portMappings': [{'containerPort': 80}]}]}"));
  }

  @Test
  void falseFlagsAndEmptyValuesAreAbsent() {
    assertThat(normalized("{'containerDefinitions': [{'name': 'c', 'privileged': false, 'readonlyRootFilesystem': false,"
        + " 'mountPoints': [{'sourceVolume': 'v', 'containerPath': '/v', 'readOnly': false}], 'dockerLabels': {},"
        + " 'linuxParameters': {'initProcessEnabled': false}, 'command': []}], 'enableFaultInjection': false, 'tags': []}"))
        .isEqualTo(normalized("{'containerDefinitions': [{'name': 'c', 'mountPoints': [{'sourceVolume': 'v', 'containerPath': '/v'}]}]}"));
  }

  @Test
  void essentialFalseIsNotTheDefault() {
    assertThat(normalized("{'containerDefinitions': [{'name': 'c', 'essential': false}]}"))
        .isNotEqualTo(normalized("{'containerDefinitions': [{'name': 'c'}]}"));
  }

  @Test
  void orderFreeListsAreSortedAndOrderedListsAreKept() {
    Map<String, Object> a = normalized("{'requiresCompatibilities': ['EC2', 'EXTERNAL'], 'tags': [{'key': 'b', 'value': '1'}, {'key': 'a', 'value': '2'}],"
        + " 'containerDefinitions': [{'name': 'z', 'command': ['b', 'a'], 'secrets': [{'name': 'S2', 'valueFrom': 'x'}, {'name': 'S1', 'valueFrom': 'y'}]}, {'name': 'a'}]}");
    Map<String, Object> b = normalized("{'requiresCompatibilities': ['EXTERNAL', 'EC2'], 'tags': [{'key': 'a', 'value': '2'}, {'key': 'b', 'value': '1'}],"
        + " 'containerDefinitions': [{'name': 'a'}, {'name': 'z', 'command': ['b', 'a'], 'secrets': [{'name': 'S1', 'valueFrom': 'y'}, {'name': 'S2', 'valueFrom': 'x'}]}]}");
    assertThat(a).isEqualTo(b);
    assertThat(Tree.at(a, "containerDefinitions.1.command")).isEqualTo(List.of("b", "a"));
    assertThat(Tree.at(a, "containerDefinitions.0.name")).isEqualTo("a");
    assertThat(normalized("{'containerDefinitions': [{'name': 'c', 'command': ['a', 'b']}]}"))
        .isNotEqualTo(normalized("{'containerDefinitions': [{'name': 'c', 'command': ['b', 'a']}]}"));
  }

  @Test
  void devicesSortInNumericOrder() {
    Map<String, Object> n = normalized("{'containerDefinitions': [{'name': 'c', 'linuxParameters': {'devices': ["
        + "{'hostPath': '/dev/neuron10'}, {'hostPath': '/dev/neuron2'}, {'hostPath': '/dev/neuron1'}]}}]}");
    List<Object> devices = Tree.list(n, "containerDefinitions.0.linuxParameters.devices");
    assertThat(devices.stream().map(d -> (Object) ((Map<?, ?>) d).get("hostPath")).toList()).containsExactly("/dev/neuron1", "/dev/neuron2", "/dev/neuron10");
  }

  @Test
  void isIdempotentAndLeavesItsInputAlone() {
    Map<String, Object> input = json("{'family': 'f', 'containerDefinitions': [{'name': 'c', 'environment': [{'name': 'B', 'value': '1'}, {'name': 'A', 'value': '2'}]}]}");
    String before = input.toString();
    Map<String, Object> once = Normalizer.normalize(input);
    assertThat(Normalizer.normalize(once)).isEqualTo(once);
    assertThat(input.toString()).isEqualTo(before);
  }

  @Test
  void unknownKeysPassThrough() {
    assertThat(normalized("{'somethingNew': {'x': 1}}")).containsEntry("somethingNew", Map.of("x", 1L));
  }

  @Test
  void naturalOrder() {
    assertThat(CanonicalOrder.natural("port=443", "port=8080")).isNegative();
    assertThat(CanonicalOrder.natural("a10", "a9")).isPositive();
    assertThat(CanonicalOrder.natural("a010", "a10")).isNotZero();
    assertThat(CanonicalOrder.natural("b", "a")).isPositive();
  }
}
