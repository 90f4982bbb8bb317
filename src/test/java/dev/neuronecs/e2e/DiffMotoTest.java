package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.MotoCli;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Tree;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** diff against moto_server: exit 0 when equal, 4 when different, both ways. */
@ExtendWith(MotoServer.class)
class DiffMotoTest {
  private static final String[] V1 = {"--instance", "inf2.24xlarge", "--family", "diff-td", "--image", "repo/app:1", "--env", "A=1"};
  private static final String[] V2 = {"--instance", "inf2.24xlarge", "--family", "diff-td", "--image", "repo/app:2", "--env", "A=1",
      "--env", "B=2", "--chips", "2"};

  private static String[] with(String command, String[] options, String... more) {
    String[] all = new String[1 + options.length + more.length];
    all[0] = command;
    System.arraycopy(options, 0, all, 1, options.length);
    System.arraycopy(more, 0, all, 1 + options.length, more.length);
    return all;
  }

  @Test
  void bothWays(MotoServer moto) {
    CliResult none = MotoCli.run(moto, with("diff", V1));
    assertThatRun(none).exitedWith(4).stderrContains("diff-td has no ACTIVE revision: all of it is new");
    assertThat(none.out().lines()).allMatch(l -> l.startsWith("+ ")).anyMatch(l -> l.startsWith("+ containerDefinitions: "));

    assertThatRun(MotoCli.run(moto, with("register", V1))).succeeded();
    CliResult equal = MotoCli.run(moto, with("diff", V1));
    assertThatRun(equal).succeeded().stderrContains("no differences from diff-td:1");
    assertThat(equal.out()).isEmpty();

    CliResult forward = MotoCli.run(moto, with("diff", V2));
    assertThatRun(forward).exitedWith(4);
    assertThat(forward.out().lines().toList()).contains(
        "~ containerDefinitions[name=neuron-inf2].image: \"repo/app:1\" -> \"repo/app:2\"",
        "+ containerDefinitions[name=neuron-inf2].environment[name=B]: {\"name\": \"B\", \"value\": \"2\"}",
        "- containerDefinitions[name=neuron-inf2].linuxParameters.devices[hostPath=/dev/neuron5]: "
            + "{\"containerPath\": \"/dev/neuron5\", \"hostPath\": \"/dev/neuron5\", \"permissions\": [\"read\", \"write\"]}");

    assertThatRun(MotoCli.run(moto, with("register", V2))).succeeded();
    assertThatRun(MotoCli.run(moto, with("diff", V2))).succeeded();
    CliResult back = MotoCli.run(moto, with("diff", V1));
    assertThatRun(back).exitedWith(4).stderrContains("differences from diff-td:2");
    assertThat(back.out()).contains("~ containerDefinitions[name=neuron-inf2].image: \"repo/app:2\" -> \"repo/app:1\"")
        .contains("- containerDefinitions[name=neuron-inf2].environment[name=B]");
  }

  @Test
  void jsonForScripts(MotoServer moto) {
    String[] v = {"--instance", "inf2.xlarge", "--family", "diff-json", "--image", "repo/app:1"};
    assertThatRun(MotoCli.run(moto, with("register", v))).succeeded();
    CliResult same = MotoCli.run(moto, with("diff", v, "-o", "json"));
    assertThatRun(same).succeeded();
    assertThat(assertThatRun(same).stdoutJsonObject()).containsEntry("equal", true).containsEntry("revision", 1)
        .containsEntry("changes", List.of());

    CliResult changed = MotoCli.run(moto, with("diff", v, "-o", "json", "--cpu", "2048"));
    assertThatRun(changed).exitedWith(4);
    Map<String, Object> tree = assertThatRun(changed).stdoutJsonObject();
    assertThat(tree).containsEntry("equal", false).containsEntry("family", "diff-json");
    assertThat(Tree.list(tree, "changes")).containsExactly(Map.of("op", "change", "path", "cpu", "old", "4096", "new", "2048"));
  }
}
