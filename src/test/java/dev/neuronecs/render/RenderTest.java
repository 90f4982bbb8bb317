package dev.neuronecs.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.neuronecs.NeuronEcsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderTest {
  private static Map<String, Object> sample() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("hostPath", "/dev/neuron0");
    inner.put("permissions", List.of("read", "write"));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("family", "f");
    m.put("tricky", "quote \" backslash \\ newline \n tab \t bell \u0007 unicode é");
    m.put("looksLikeANumber", "8501");
    m.put("looksLikeABool", "true");
    m.put("yamlish", "a: b # c - [d]");
    m.put("int", 42);
    m.put("negative", -1L);
    m.put("flag", false);
    m.put("nothing", null);
    m.put("emptyList", new ArrayList<>());
    m.put("emptyMap", new LinkedHashMap<>());
    m.put("devices", List.of(inner, inner));
    m.put("nested", List.of(List.of("a", "b"), List.of()));
    return m;
  }

  @Test
  void jsonRoundTripsThroughARealParser() {
    String text = Json.write(sample());
    assertThat(text).endsWith("}\n");
    assertThat(JsonReader.read(text, "test")).isEqualTo(normalise(sample()));
  }

  @Test
  void jsonIsStableAndReadable() {
    assertThat(Json.write(sample())).isEqualTo(Json.write(sample()));
    assertThat(Json.write(Map.of("a", List.of("x", "y")))).isEqualTo("{\n  \"a\": [\"x\", \"y\"]\n}\n");
    assertThat(Json.compact(Map.of("a", 1))).isEqualTo("{\"a\": 1}");
  }

  @Test
  void yamlMeansTheSameTreeToARealYamlParser() {
    String text = Yaml.write(sample());
    Object parsed = JsonReader.read(new YAMLFactory(), text, "test", "YAML");
    assertThat(parsed).isEqualTo(normalise(sample()));
  }

  @Test
  void readerReportsLineAndColumn() {
    assertThatThrownBy(() -> JsonReader.read("{\n  \"a\": 1,\n  oops\n}", "td.json"))
        .isInstanceOf(NeuronEcsException.class)
        .hasMessageStartingWith("td.json:3:")
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> JsonReader.read("", "stdin")).hasMessageContaining("stdin is empty");
    assertThatThrownBy(() -> JsonReader.read("{} {}", "x")).hasMessageContaining("more content after the end");
    assertThatThrownBy(() -> JsonReader.read("{\"a\":1,\"a\":2}", "x")).hasMessageContaining("Duplicate field 'a'");
  }

  @Test
  void tableAlignsColumns() {
    String t = new Table("A", "LONGER").row("xxxx", 1).row("y", 22).render();
    assertThat(t).isEqualTo("A     LONGER\nxxxx  1\ny     22\n");
  }

  /** Numbers come back from a parser as the narrowest integer type. */
  private static Object normalise(Object v) {
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put((String) k, normalise(x)));
      return out;
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(x -> out.add(normalise(x)));
      return out;
    }
    if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    return v;
  }
}
