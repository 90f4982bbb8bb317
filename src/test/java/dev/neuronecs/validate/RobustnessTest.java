package dev.neuronecs.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.neuronecs.render.JsonReader;
import dev.neuronecs.taskdef.TaskRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any shape of input: every node of real documents replaced by every kind of wrong value, and every
 * key removed. The validator must never throw, and a wrong type must be a finding.
 */
class RobustnessTest {
  static final List<Object> ODD_VALUES =
      Arrays.asList(
          null, "", "x", "/dev/neuron99", "ALL", 0, -1, Integer.MAX_VALUE, Long.MAX_VALUE,
          new BigInteger("123456789012345678901234567890"), new BigDecimal("1.5"), true, false,
          List.of(), List.of(1, "a"), List.of(Map.of()), Map.of(), Map.of("a", 1), Map.of("name", List.of()));

  static Stream<Path> documents() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(CorpusTest.CORPUS, ValidatorTest.EXAMPLES)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void neverThrowsWhateverTheShape(Path file) throws IOException {
    Object tree = JsonReader.read(Files.readString(file), file.toString());
    List<List<Object>> paths = new ArrayList<>();
    collect(tree, new ArrayList<>(), paths);
    Validator validator = Validator.builtIn();
    for (List<Object> path : paths) {
      for (Object odd : ODD_VALUES) {
        Object mutated = replace(tree, path, 0, old -> odd);
        assertThatCode(() -> validator.validate(mutated)).as("%s with %s = %s", file, path, odd).doesNotThrowAnyException();
      }
      if (!path.isEmpty() && path.get(path.size() - 1) instanceof String) {
        Object removed = replace(tree, path, 0, old -> REMOVE);
        assertThatCode(() -> validator.validate(removed)).as("%s without %s", file, path).doesNotThrowAnyException();
      }
    }
  }

  @ParameterizedTest(name = "root {0}")
  @MethodSource("oddRoots")
  void aWrongTypeAnywhereIsAFinding(Object odd) {
    Map<String, Object> td = ValidatorTest.gen(TaskRequest.builder("trn1.32xlarge").chips(4));
    for (String key : List.copyOf(td.keySet())) {
      if (sameKind(Schema.builtIn().shape(Schema.builtIn().root().members().get(key)).kind(), odd)) {
        continue;
      }
      Map<String, Object> copy = new LinkedHashMap<>(td);
      copy.put(key, odd);
      Report report = Validator.builtIn().validate(copy);
      assertThat(report.findings()).as("%s = %s", key, odd).anyMatch(f -> f.path().equals(key) && f.severity() == Severity.ERROR);
    }
    assertThat(Validator.builtIn().validate(odd).form()).isEqualTo(odd instanceof Map ? TaskDocument.Form.REGISTER_INPUT : TaskDocument.Form.NOT_AN_OBJECT);
  }

  private static boolean sameKind(Schema.Kind kind, Object v) {
    return switch (kind) {
      case STRING -> v instanceof String;
      case LIST -> v instanceof List;
      case STRUCTURE, MAP -> v instanceof Map;
      case INTEGER -> Nodes.whole(v) != null;
      case BOOLEAN -> v instanceof Boolean;
    };
  }

  static Stream<Object> oddRoots() {
    return Stream.of(null, 7, "text", true, List.of(), new BigDecimal("2.5"), Map.of("a", 1));
  }

  private static final Object REMOVE = new Object();

  private static void collect(Object node, List<Object> path, List<List<Object>> out) {
    out.add(List.copyOf(path));
    if (node instanceof Map<?, ?> m) {
      for (Object k : m.keySet()) {
        path.add(k);
        collect(m.get(k), path, out);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        path.add(i);
        collect(l.get(i), path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  /** A copy of {@code node} with the node at {@code path} replaced (or removed, for REMOVE). */
  private static Object replace(Object node, List<Object> path, int depth, Function<Object, Object> f) {
    if (depth == path.size()) {
      return f.apply(node);
    }
    Object step = path.get(depth);
    if (node instanceof Map<?, ?> m) {
      Map<Object, Object> copy = new LinkedHashMap<>(m);
      Object value = replace(m.get(step), path, depth + 1, f);
      if (value == REMOVE) {
        copy.remove(step);
      } else {
        copy.put(step, value);
      }
      return copy;
    }
    List<Object> copy = new ArrayList<>((List<?>) node);
    Object value = replace(copy.get((Integer) step), path, depth + 1, f);
    if (value == REMOVE) {
      copy.remove((int) (Integer) step);
    } else {
      copy.set((Integer) step, value);
    }
    return copy;
  }
}
