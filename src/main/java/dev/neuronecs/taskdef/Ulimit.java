package dev.neuronecs.taskdef;

/** A container ulimit; -1 means unlimited. Names are ECS's lowercase ones, e.g. "memlock". */
public record Ulimit(String name, long softLimit, long hardLimit) {}
