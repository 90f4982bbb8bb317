package dev.neuronecs.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code neuron-ecs man --dir DIR}: writes a man page for every command (the build ships them). */
@Command(addMethodSubcommands = false, name = "man", hidden = true, description = "Write the man pages of every command into a directory.")
final class ManCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "Where to write neuron-ecs*.1.")
  Path dir;

  ManCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    CommandLine root = CommandLines.create(context, spec.commandLine().getOut(), spec.commandLine().getErr());
    String version = new VersionProvider().getVersion()[0];
    java.nio.file.Files.createDirectories(dir);
    List<String> written = new ArrayList<>();
    for (CommandLine cmd : pages(root)) {
      Path file = dir.resolve(ManPage.fileName(cmd));
      AtomicFile.write(file, ManPage.render(cmd, version), "--dir");
      written.add(file.getFileName().toString());
    }
    Output.note(spec.commandLine().getErr(), "wrote " + String.join(", ", written) + " to " + dir);
    return 0;
  }

  /** The root and its visible subcommands. */
  static List<CommandLine> pages(CommandLine root) {
    List<CommandLine> pages = new ArrayList<>();
    pages.add(root);
    for (CommandLine sub : root.getSubcommands().values()) {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        pages.add(sub);
      }
    }
    return pages;
  }
}
