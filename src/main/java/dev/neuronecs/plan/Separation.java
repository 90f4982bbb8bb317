package dev.neuronecs.plan;

/**
 * What keeps two tasks of the same slot off one instance. ECS on EC2 does not count Neuron chips,
 * but it does refuse to place a task on an instance where one of its static host ports is taken
 * (aws/amazon-ecs-agent#212), so a host port per slot works in bridge and host network mode.
 */
public enum Separation {
  /** The user's --port mappings, with the slot index added to each host port. */
  USER_PORTS("your --port host ports, plus the slot index"),
  /** One extra port mapping per slot that nothing listens on: guard base + slot index. */
  GUARD_PORT("a guard host port per slot"),
  /** awsvpc: every task has its own network interface, so ports keep nothing apart. */
  PLACEMENT_ONLY("nothing in the task definition (awsvpc); service placement must do it");

  private final String description;

  Separation(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
