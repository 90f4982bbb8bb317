package dev.neuronecs.taskdef;

import java.util.List;

/** A container health check; times in seconds. */
public record HealthCheck(
    List<String> command, int interval, int timeout, int retries, int startPeriod) {
  public HealthCheck {
    command = List.copyOf(command);
  }
}
