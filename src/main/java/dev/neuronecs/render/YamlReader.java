package dev.neuronecs.render;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads YAML into the same plain tree as {@link JsonReader}. A class of its own so that reading
 * JSON never loads the YAML parser.
 */
public final class YamlReader {
  private YamlReader() {}

  /** Parses {@code text}; errors give {@code source} with the line and column. */
  public static Object read(String text, String source) {
    YAMLFactory factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    return JsonReader.read(factory, text, source, "YAML");
  }
}
