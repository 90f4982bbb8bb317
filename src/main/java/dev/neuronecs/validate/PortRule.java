package dev.neuronecs.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server port the command line sets that no port mapping exposes ({@code unmapped-port}). In
 * bridge mode (the default) a container port without a mapping cannot be reached from outside the
 * host: AWS's own Neuron example passes {@code --rest_api_port=9000} but maps 8501. Only serving
 * flags are read ({@code --port}, {@code --rest_api_port}, {@code --grpc-port}, ...), and only in
 * containers that map some port, so workers that serve nothing are left alone.
 */
final class PortRule implements Rule {
  private static final Pattern FLAG =
      Pattern.compile(
          "--?(port|(?:rest[_-]?api|grpc|http|https|server|serving|listen|metrics)[_-]port)(?:=(.*))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    Object mode = doc.taskDefinition().get("networkMode");
    if (mode != null && !"bridge".equals(mode)) {
      return;
    }
    for (ContainerView c : doc.containers()) {
      Set<Long> mapped = mappedPorts(c);
      if (mapped.isEmpty()) {
        continue;
      }
      List<String[]> words = new ArrayList<>();
      for (String key : List.of("entryPoint", "command")) {
        List<Object> items = Nodes.list(c.raw().get(key));
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i) instanceof String s) {
            String path = Nodes.index(c.path(key), i);
            for (String w : s.trim().split("\\s+")) {
              words.add(new String[] {w, path});
            }
          }
        }
      }
      for (int i = 0; i < words.size(); i++) {
        Matcher m = FLAG.matcher(words.get(i)[0]);
        if (!m.matches()) {
          continue;
        }
        String value = m.group(2) != null ? m.group(2) : i + 1 < words.size() ? words.get(i + 1)[0] : "";
        if (!NUMBER.matcher(value).matches()) {
          continue;
        }
        long port = Long.parseLong(value);
        if (port < 1 || port > 65535 || mapped.contains(port)) {
          continue;
        }
        out.add(
            Finding.warning(
                words.get(i)[1],
                "unmapped-port",
                "the command line makes the server listen on port " + port + " (" + words.get(i)[0]
                    + (m.group(2) == null ? " " + value : "") + "), but no portMappings entry has containerPort "
                    + port + "; in bridge network mode it cannot be reached from outside the host",
                "map containerPort " + port + " in portMappings, or make the server listen on a port that is"
                    + " mapped"));
      }
    }
  }

  private static Set<Long> mappedPorts(ContainerView c) {
    Set<Long> ports = new HashSet<>();
    for (Object o : Nodes.list(c.raw().get("portMappings"))) {
      Map<String, Object> p = Nodes.map(o);
      Long port = Nodes.whole(p.get("containerPort"));
      if (port != null) {
        ports.add(port);
      }
      String range = Nodes.string(p.get("containerPortRange"));
      if (range != null && range.matches("[0-9]{1,5}-[0-9]{1,5}")) {
        String[] ab = range.split("-");
        long a = Long.parseLong(ab[0]);
        long b = Long.parseLong(ab[1]);
        for (long q = a; q <= b && q - a < 65536; q++) {
          ports.add(q);
        }
      }
    }
    return ports;
  }
}
