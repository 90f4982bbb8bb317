package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsingTest {
  @Test
  void keyValue() {
    assertThat(KeyValue.parse("A=b=c", "--env")).isEqualTo(new KeyValue("A", "b=c"));
    assertThat(KeyValue.parse("EMPTY=", "--env")).isEqualTo(new KeyValue("EMPTY", ""));
    assertThatThrownBy(() -> KeyValue.parse("NOEQUALS", "--env"))
        .hasMessage("--env 'NOEQUALS' needs the form KEY=VALUE, e.g. --env LOG_LEVEL=info");
    assertThatThrownBy(() -> KeyValue.parse("=x", "--env")).hasMessageContaining("KEY=VALUE");
  }

  @Test
  void port() {
    assertThat(PortMapping.parse("8501")).isEqualTo(new PortMapping(8501, null, "tcp"));
    assertThat(PortMapping.parse("8501:80")).isEqualTo(new PortMapping(8501, 80, "tcp"));
    assertThat(PortMapping.parse("5000/UDP")).isEqualTo(new PortMapping(5000, null, "udp"));
    assertThatThrownBy(() -> PortMapping.parse("http")).hasMessageContaining("ports are numbers");
    assertThatThrownBy(() -> PortMapping.parse("0")).hasMessageContaining("1 to 65535");
    assertThatThrownBy(() -> PortMapping.parse("80/sctp")).hasMessageContaining("tcp or udp");
  }

  @Test
  void shellWords() {
    assertThat(ShellWords.split("python -m serve --port 8080", "--command"))
        .containsExactly("python", "-m", "serve", "--port", "8080");
    assertThat(ShellWords.split("sh -c 'echo $HOME && ls'", "--command")).containsExactly("sh", "-c", "echo $HOME && ls");
    assertThat(ShellWords.split("a \"b c\" d\\ e \"\"", "--command")).containsExactly("a", "b c", "d e", "");
    assertThatThrownBy(() -> ShellWords.split("echo 'oops", "--command")).hasMessageContaining("unclosed ' quote");
  }
}
