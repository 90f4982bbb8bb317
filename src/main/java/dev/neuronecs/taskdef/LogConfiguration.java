package dev.neuronecs.taskdef;

import java.util.Map;
import java.util.TreeMap;

/** A log driver and its options; options are kept sorted so the output is stable. */
public record LogConfiguration(String logDriver, Map<String, String> options) {
  public LogConfiguration {
    options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /** The awslogs driver writing to {@code group} in {@code region}, streams prefixed. */
  public static LogConfiguration awslogs(String group, String region, String streamPrefix) {
    return new LogConfiguration(
        "awslogs",
        Map.of(
            "awslogs-group", group,
            "awslogs-region", region,
            "awslogs-stream-prefix", streamPrefix));
  }
}
