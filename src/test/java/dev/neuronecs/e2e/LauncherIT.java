package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.Cli;
import dev.neuronecs.testing.CliResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bin/neuron-ecs of the built distribution (target/neuron-ecs): it runs with the archive built at
 * package time, with one it makes in the cache, and with a missing, corrupt or foreign archive,
 * and prints the same bytes in every case.
 */
class LauncherIT {
  static final Path DIST = Path.of("target", "neuron-ecs").toAbsolutePath();
  static final String[] GEN = {"gen", "--instance", "inf2.24xlarge", "--chips", "2", "--image", "me/app:1"};

  @TempDir Path temp;
  Path cache;

  @BeforeEach
  void cacheDir() throws IOException {
    cache = Files.createDirectories(temp.resolve("cache"));
  }

  private CliResult launch(Path dist, Map<String, String> extraEnv, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(dist.resolve("bin/neuron-ecs").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().putAll(extraEnv);
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new CliResult(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Runs gen with class loading logged; true when our classes came from a class-data archive. */
  private boolean usesArchive(Path dist) throws Exception {
    Path log = temp.resolve("classes-" + System.nanoTime() + ".log");
    CliResult r = launch(dist, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log), GEN);
    assertThatRun(r).succeeded();
    String classes = Files.readString(log);
    return classes.lines().anyMatch(l -> l.contains("dev.neuronecs.cli.GenCommand ") && l.contains("shared objects file"));
  }

  private void assertSameAsInProcess(CliResult r) {
    CliResult expected = Cli.run(GEN);
    assertThatRun(r).succeeded();
    assertThat(r.out()).isEqualTo(expected.out());
    assertThat(r.err()).isEqualTo(expected.err());
  }

  private Path relocatedCopy() throws IOException {
    return relocatedCopy("moved-install");
  }

  private Path relocatedCopy(String name) throws IOException {
    Path copy = temp.resolve(name);
    try (Stream<Path> files = Files.walk(DIST)) {
      for (Path f : files.toList()) {
        Path target = copy.resolve(DIST.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return copy;
  }

  @Test
  void usesThePackagedArchive() throws Exception {
    assertThat(DIST.resolve("lib/neuron-ecs.jsa")).exists();
    assertSameAsInProcess(launch(DIST, Map.of(), GEN));
    assertThat(usesArchive(DIST)).as("classes come from lib/neuron-ecs.jsa").isTrue();
  }

  @Test
  void aMovedInstallMakesItsOwnArchiveInTheCache() throws Exception {
    Path copy = relocatedCopy();
    assertSameAsInProcess(launch(copy, Map.of(), GEN));
    Path archive = awaitCachedArchive();
    assertThat(usesArchive(copy)).as("classes come from %s", archive).isTrue();
    assertSameAsInProcess(launch(copy, Map.of(), GEN));
  }

  @Test
  void anInstallUpgradedInPlaceGetsAFreshArchive() throws Exception {
    Path copy = relocatedCopy();
    launch(copy, Map.of(), GEN);
    Path first = awaitCachedArchive();
    Path jar = copy.resolve("lib/neuron-ecs.jar");
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 86_400_000L));
    assertSameAsInProcess(launch(copy, Map.of(), GEN));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    Path dir = cache.resolve("neuron-ecs");
    List<Path> archives;
    do {
      Thread.sleep(250);
      try (Stream<Path> files = Files.list(dir)) {
        archives = files.filter(f -> f.toString().endsWith(".jsa")).toList();
      }
    } while (archives.size() < 2 && Instant.now().isBefore(deadline));
    assertThat(archives).as("a second archive for the changed jars").hasSize(2).contains(first);
  }

  @Test
  void anInstallPathWithSpacesWorks() throws Exception {
    // JDK 17's class-data sharing cannot match such a class path, so the archive goes unused;
    // the run must not notice
    Path copy = relocatedCopy("install dir with spaces");
    assertSameAsInProcess(launch(copy, Map.of(), GEN));
    assertSameAsInProcess(launch(copy, Map.of(), GEN));
  }

  @Test
  void aCorruptArchiveNeverBreaksARun() throws Exception {
    Files.writeString(DIST.resolve("lib/neuron-ecs.jsa.bak"), "");
    Path copy = relocatedCopy();
    launch(copy, Map.of(), GEN);
    Path archive = awaitCachedArchive();
    Files.writeString(archive, "this is not a class-data archive");
    assertSameAsInProcess(launch(copy, Map.of(), GEN));
    Files.write(archive, new byte[0]);
    assertSameAsInProcess(launch(copy, Map.of(), GEN));
    Files.delete(DIST.resolve("lib/neuron-ecs.jsa.bak"));
  }

  @Test
  void aForeignOrMissingArchiveIsSkipped() throws Exception {
    Path copy = relocatedCopy();
    // the packaged archive now claims to be for this very install, but was made elsewhere
    Path key = copy.resolve("lib/neuron-ecs.jsa.key");
    String[] parts = Files.readString(key).trim().split(" ", 3);
    Files.writeString(key, parts[0] + " " + parts[1] + " " + copy.resolve("lib").toRealPath() + "\n");
    assertSameAsInProcess(launch(copy, Map.of("NEURON_ECS_CACHE", "off"), GEN));
    Files.delete(copy.resolve("lib/neuron-ecs.jsa"));
    assertSameAsInProcess(launch(copy, Map.of("NEURON_ECS_CACHE", "off"), GEN));
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files).as("NEURON_ECS_CACHE=off writes nothing").isEmpty();
    }
  }

  @Test
  void newerJvmsUseTheirAotCache() throws Exception {
    Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    if (!Files.isExecutable(jdk25.resolve("bin/java"))) {
      org.junit.jupiter.api.Assumptions.abort("skipped: no JDK 25 at " + jdk25);
    }
    Map<String, String> env = Map.of("JAVA_HOME", jdk25.toString());
    assertSameAsInProcess(launch(DIST, env, GEN));
    Path aot = awaitCached(".aot");
    assertThat(aot.getFileName().toString()).endsWith(".aot");
    assertSameAsInProcess(launch(DIST, env, GEN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "gen", "catalog", "completion"})
  void helpPrintsNothingOnStderr(String command) throws Exception {
    CliResult r = command.isEmpty() ? launch(DIST, Map.of(), "--help") : launch(DIST, Map.of(), command, "--help");
    assertThatRun(r).succeeded();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Exit codes:");
  }

  @Test
  void badInputStillExitsTwoThroughTheLauncher() throws Exception {
    CliResult r = launch(DIST, Map.of(), "gen", "--instance", "inf2.24xlarge", "--chips", "0");
    assertThatRun(r).isBadInput();
  }

  private Path awaitCachedArchive() throws Exception {
    return awaitCached(".jsa");
  }

  private Path awaitCached(String ext) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    Path dir = cache.resolve("neuron-ecs");
    while (Instant.now().isBefore(deadline)) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          List<Path> done = files.filter(f -> f.toString().endsWith(ext)).sorted(Comparator.naturalOrder()).toList();
          boolean building = false;
          try (Stream<Path> again = Files.list(dir)) {
            building = again.anyMatch(f -> f.toString().endsWith(".lock"));
          }
          if (!done.isEmpty() && !building) {
            return done.get(0);
          }
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no " + ext + " archive appeared in " + dir + File.separator);
  }
}
