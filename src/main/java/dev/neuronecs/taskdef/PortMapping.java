package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;

/**
 * A container port and, optionally, a static host port.
 *
 * @param hostPort null for a dynamic host port (bridge mode) or "same as the container" (host,
 *     awsvpc)
 * @param protocol "tcp" or "udp"
 */
public record PortMapping(int containerPort, Integer hostPort, String protocol) {

  /** Parses {@code CONTAINER[:HOST][/tcp|udp]} as given to {@code --port}. */
  public static PortMapping parse(String text) {
    String rest = text.trim();
    String protocol = "tcp";
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      protocol = rest.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
      rest = rest.substring(0, slash);
      if (!protocol.equals("tcp") && !protocol.equals("udp")) {
        throw bad(text, "the protocol must be tcp or udp");
      }
    }
    int colon = rest.indexOf(':');
    int container = port(colon < 0 ? rest : rest.substring(0, colon), text);
    Integer host = colon < 0 ? null : port(rest.substring(colon + 1), text);
    return new PortMapping(container, host, protocol);
  }

  private static int port(String digits, String text) {
    int value;
    try {
      value = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw bad(text, "ports are numbers");
    }
    if (value < 1 || value > 65535) {
      throw bad(text, "ports run from 1 to 65535");
    }
    return value;
  }

  private static NeuronEcsException bad(String text, String why) {
    return NeuronEcsException.usage(
        "--port '"
            + text
            + "' is not CONTAINER[:HOST][/tcp|udp] ("
            + why
            + "), e.g. --port 8501 or --port 8501:8501");
  }
}
