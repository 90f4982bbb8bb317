package dev.neuronecs.taskdef;

import java.util.List;

/**
 * A built task definition and the notes for the user about defaults chosen on their behalf (the
 * CLI prints them on stderr).
 */
public record Generated(TaskDefinition taskDefinition, List<String> notes) {
  public Generated {
    notes = List.copyOf(notes);
  }
}
