package dev.neuronecs.cli;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.plan.Plan;
import dev.neuronecs.plan.Slot;
import dev.neuronecs.render.PlanView;
import dev.neuronecs.taskdef.TaskDefinitionTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a plan into a directory: {@code slot<I>.<ext>} per slot (the task definition), then
 * {@code plan.<ext>}, the summary. Each file is written atomically; the summary comes last, so
 * its presence means every slot file was written.
 */
final class PlanFiles {
  private static final Pattern SLOT_FILE = Pattern.compile("slot[0-9]+\\.(json|yaml)");

  private PlanFiles() {}

  static String slotFile(int slot, String format) {
    return "slot" + slot + "." + format;
  }

  static String summaryFile(String format) {
    return "plan." + format;
  }

  /** Writes the files and returns notes for the user: what was written, what looks stale. */
  static List<String> write(Plan plan, Path dir, String format) {
    createDirectory(dir);
    List<String> names = new ArrayList<>();
    for (Slot slot : plan.slots()) {
      String name = slotFile(slot.index(), format);
      AtomicFile.write(
          dir.resolve(name), Output.render(TaskDefinitionTree.of(slot.taskDefinition()), format), "--output-dir");
      names.add(name);
    }
    String summary = summaryFile(format);
    AtomicFile.write(dir.resolve(summary), Output.render(PlanView.summary(plan, names), format), "--output-dir");

    List<String> notes = new ArrayList<>();
    notes.add(
        "wrote "
            + (names.size() == 1 ? names.get(0) : names.get(0) + " .. " + names.get(names.size() - 1))
            + " and "
            + summary
            + " to "
            + dir);
    List<String> stale = stale(dir, names);
    if (!stale.isEmpty()) {
      notes.add(
          dir
              + " also holds "
              + String.join(", ", stale)
              + ", not part of this plan (left as they were)");
    }
    return notes;
  }

  private static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      throw NeuronEcsException.usage(
          "cannot create --output-dir "
              + dir
              + " ("
              + (Files.exists(dir) ? "it exists and is not a directory" : IoMessages.reason(e))
              + "); give a directory you can write to",
          e);
    }
  }

  private static List<String> stale(Path dir, List<String> written) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> SLOT_FILE.matcher(n).matches() && !written.contains(n))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
