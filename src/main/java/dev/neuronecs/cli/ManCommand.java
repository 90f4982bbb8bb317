package dev.neuronecs.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuron-ecs man --dir DIR}: writes a man page for every command (the build ships them). */
final class ManCommand implements Callable<Integer> {
  private final CliContext context;

  private final CommandSpec spec =
      CommandDef.command("man", this, "Write the man pages of every command into a directory.")
          .option(Opt.path("--dir", "DIR", "Where to write neuron-ecs*.1.").required())
          .hidden()
          .spec();

  ManCommand(CliContext context) {
    this.context = context;
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    Path dir = new Args(spec).path("--dir");
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
