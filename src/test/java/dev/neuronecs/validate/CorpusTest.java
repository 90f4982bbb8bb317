package dev.neuronecs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.FindingsView;
import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken task definition per check under src/test/resources/validate/corpus: CHECK.json (or
 * CHECK--VARIANT.json) is otherwise clean, so it gets exactly one finding, from that check, with the
 * severity docs/validate.md gives it; CHECK.expected holds the exact text (path, message, fix).
 */
class CorpusTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "validate", "corpus");
  static final Path DOC = Path.of("docs", "validate.md");
  static final Path SOURCES = Path.of("src", "main", "java", "dev", "neuronecs", "validate");
  /** A row of the checks table in docs/validate.md: | `check` | severity | ... */
  private static final Pattern DOC_ROW = Pattern.compile("(?m)^\\| \\[?`([a-z0-9-]+)`\\]?(?:\\([^)]*\\))? \\| (error|warning|note) \\|");
  /** Finding.error(path, "check", ...) and friends in the rules' source. */
  private static final Pattern EMITTED = Pattern.compile("Finding\\.(error|warning|note)\\(\\s*[^;]*?,\\s*\"([a-z0-9-]+)\"", Pattern.DOTALL);

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static String checkOf(Path file) {
    String stem = file.getFileName().toString().replace(".json", "");
    int variant = stem.indexOf("--");
    return variant < 0 ? stem : stem.substring(0, variant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBrokenDefinitionGetsExactlyItsFinding(Path file) throws IOException {
    String name = file.getFileName().toString();
    Report report = Validator.builtIn().validate(JsonReader.read(Files.readString(file), name));

    assertThat(report.findings()).as("findings of %s", name).hasSize(1);
    Finding finding = report.findings().get(0);
    assertThat(finding.check()).isEqualTo(checkOf(file));
    assertThat(finding.severity().label()).as("severity docs/validate.md gives %s", finding.check())
        .isEqualTo(documentedSeverities().get(finding.check()));
    assertThat(finding.message()).isNotBlank();
    assertThat(finding.fix()).isNotBlank();
    Golden.assertFile(file.resolveSibling(name.replace(".json", ".expected")), FindingsView.text(name, report));
  }

  @Test
  void everyCheckIsDocumentedEmittedAndInTheCorpus() throws IOException {
    Set<String> documented = documentedSeverities().keySet();
    Set<String> inCorpus = new TreeSet<>();
    corpus().forEach(f -> inCorpus.add(checkOf(f)));
    Map<String, String> emitted = emittedChecks();
    Map<String, String> severities = documentedSeverities();

    assertThat(documented).as("checks in the table of %s", DOC).isNotEmpty();
    assertThat(new TreeSet<>(emitted.keySet())).as("checks the rules can report vs documented").isEqualTo(new TreeSet<>(documented));
    assertThat(inCorpus).as("checks with a corpus file vs documented").isEqualTo(new TreeSet<>(documented));
    emitted.forEach((check, severity) -> assertThat(severity)
        .as("severity of %s in the source vs docs", check).isEqualTo(severities.get(check)));
  }

  @Test
  void noStrayExpectedFiles() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      files.filter(p -> p.toString().endsWith(".expected")).forEach(p -> assertThat(
          p.resolveSibling(p.getFileName().toString().replace(".expected", ".json"))).as("input of %s", p).exists());
    }
  }

  static Map<String, String> documentedSeverities() throws IOException {
    Map<String, String> out = new TreeMap<>();
    Matcher m = DOC_ROW.matcher(Files.readString(DOC));
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  /** Every check id the rules pass to Finding.error/warning/note, with that severity. */
  static Map<String, String> emittedChecks() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.toList()) {
        Matcher m = EMITTED.matcher(Files.readString(f));
        while (m.find()) {
          String previous = out.put(m.group(2), m.group(1).toLowerCase(Locale.ROOT));
          assertThat(previous == null || previous.equals(m.group(1)))
              .as("check %s is reported with one severity only", m.group(2)).isTrue();
        }
      }
    }
    return out;
  }
}
