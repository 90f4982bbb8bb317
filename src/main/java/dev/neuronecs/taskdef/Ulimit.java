package dev.neuronecs.taskdef;

import dev.neuronecs.Closest;
import dev.neuronecs.NeuronEcsException;
import java.util.List;
import java.util.Locale;

/** A container ulimit; -1 means unlimited. Names are ECS's lowercase ones, e.g. "memlock". */
public record Ulimit(String name, long softLimit, long hardLimit) {

  /** The names ECS accepts (its UlimitName enum). */
  public static final List<String> NAMES =
      List.of(
          "core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc",
          "rss", "rtprio", "rttime", "sigpending", "stack");

  public static Ulimit unlimited(String name) {
    return new Ulimit(name, -1, -1);
  }

  /** Parses NAME=SOFT[:HARD] as given to --ulimit; "unlimited" or -1 means no limit. */
  public static Ulimit parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw NeuronEcsException.usage(
          "--ulimit '" + text + "' needs the form NAME=SOFT[:HARD], e.g. --ulimit nofile=65536:65536");
    }
    String name = text.substring(0, eq).trim().toLowerCase(Locale.ROOT);
    if (!NAMES.contains(name)) {
      throw NeuronEcsException.usage(
          "--ulimit '" + name + "' is not a ulimit ECS knows" + Closest.hint(name, NAMES)
              + "; use one of " + String.join(", ", NAMES));
    }
    String limits = text.substring(eq + 1).trim();
    int colon = limits.indexOf(':');
    long soft = limit(colon < 0 ? limits : limits.substring(0, colon), text);
    long hard = colon < 0 ? soft : limit(limits.substring(colon + 1), text);
    if (hard != -1 && (soft == -1 || soft > hard)) {
      throw NeuronEcsException.usage("--ulimit '" + text + "': the soft limit is above the hard limit");
    }
    return new Ulimit(name, soft, hard);
  }

  private static long limit(String value, String text) {
    String v = value.trim();
    if (v.equalsIgnoreCase("unlimited") || v.equals("-1")) {
      return -1;
    }
    try {
      long n = Long.parseLong(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw NeuronEcsException.usage(
        "--ulimit '" + text + "': limits are numbers of 0 or more, or 'unlimited'");
  }
}
