package dev.neuronecs.taskdef;

/** An environment variable filled from Secrets Manager or SSM Parameter Store. */
public record Secret(String name, String valueFrom) {}
