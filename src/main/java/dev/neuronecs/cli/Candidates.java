package dev.neuronecs.cli;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.taskdef.Preset;
import java.util.Iterator;
import java.util.List;

/** Values shell completion offers for options (picocli's completionCandidates). */
final class Candidates {
  private Candidates() {}

  /** Every instance type of the catalog. */
  static final class InstanceTypes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Catalog.builtIn().names().iterator();
    }
  }

  static final class Presets implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Preset.ids().iterator();
    }
  }

  static final class Modes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("ec2", "managed").iterator();
    }
  }

  static final class NetworkModes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("bridge", "host", "awsvpc").iterator();
    }
  }

  static final class DocumentFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("json", "yaml").iterator();
    }
  }
}
