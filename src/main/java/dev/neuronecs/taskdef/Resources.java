package dev.neuronecs.taskdef;

import dev.neuronecs.catalog.InstanceType;

/**
 * How much CPU and memory a task may ask for on an instance, and what it gets by default.
 *
 * <p>ECS registers all of an instance's CPU (vCPUs x 1024 units) but less memory than its nominal
 * size: the agent reports the kernel's MemTotal, which is a few percent below what EC2 sells. So a
 * task may ask for at most {@value #MAX_MEMORY_PERCENT}% of the nominal memory, and by default takes
 * {@value #DEFAULT_MEMORY_PERCENT}% of its share, leaving headroom for the agent, Docker and the OS.
 */
public final class Resources {
  /** The share of nominal memory above which ECS could never place the task. */
  public static final int MAX_MEMORY_PERCENT = 95;

  /** The share of nominal memory a whole-instance task gets by default. */
  public static final int DEFAULT_MEMORY_PERCENT = 90;

  /** ECS's task-level CPU limits on EC2, in CPU units. */
  public static final int MIN_CPU = 128;

  public static final int MAX_TASK_CPU = 196608;

  /** Docker's smallest memory limit, in MiB. */
  public static final int MIN_MEMORY = 6;

  private Resources() {}

  public static int maxCpu(InstanceType type) {
    return Math.min(type.cpuUnits(), MAX_TASK_CPU);
  }

  public static int maxMemory(InstanceType type) {
    return (int) ((long) type.memoryMiB() * MAX_MEMORY_PERCENT / 100);
  }

  /** CPU units for a task holding {@code chips} of the instance's chips: its share of all CPU. */
  public static int defaultCpu(InstanceType type, int chips) {
    return Math.max(MIN_CPU, (int) ((long) maxCpu(type) * chips / type.chips()));
  }

  /** Memory (MiB) for a task holding {@code chips} of the instance's chips. */
  public static int defaultMemory(InstanceType type, int chips) {
    long mib = (long) type.memoryMiB() * DEFAULT_MEMORY_PERCENT / 100 * chips / type.chips();
    return (int) mib;
  }
}
