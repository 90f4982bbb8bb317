package dev.neuronecs.plan;

import dev.neuronecs.taskdef.TaskRequest;

/**
 * What the user asked {@code plan} for, before any default is applied: the task (gen's options;
 * its chips and first chip must be left unset, the planner chooses them), and exactly one of
 * chips per task or number of tasks.
 *
 * @param guardPortBase first guard host port (slot i gets base + i); null for the default
 */
public record PlanRequest(TaskRequest task, Integer chipsPerTask, Integer tasks, Integer guardPortBase) {}
