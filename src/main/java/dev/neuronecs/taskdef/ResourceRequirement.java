package dev.neuronecs.taskdef;

/** A container resource requirement, e.g. type "NeuronDevice", value "ALL" (Managed Instances). */
public record ResourceRequirement(String type, String value) {}
