package dev.neuronecs.taskdef;

import dev.neuronecs.Closest;
import dev.neuronecs.NeuronEcsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spec file: the gen options as YAML keys (the flag names without "--"; collections plural),
 * with {@code ${VAR}} taken from the environment. It turns into a request that flags then
 * override. docs/spec.md lists the keys.
 */
public final class Spec {
  /** Every key a spec file may hold. */
  public static final List<String> KEYS =
      List.of(
          "instance", "image", "family", "name", "chips", "first-chip", "cpu", "memory", "env", "ports",
          "network-mode", "execution-role-arn", "task-role-arn", "log-group", "region", "command",
          "entrypoint", "preset", "model", "efa", "mode", "secrets", "tags", "shm-size", "ulimits",
          "health-check");

  private final TaskRequest request;
  private final String region;

  private Spec(TaskRequest request, String region) {
    this.request = request;
    this.region = region;
  }

  /** The settings of the file, without any flag applied. */
  public TaskRequest request() {
    return request;
  }

  /** The file's {@code region}, or null. */
  public String region() {
    return region;
  }

  /** Reads a parsed YAML (or JSON) tree; {@code source} names the file in errors. */
  public static Spec parse(Object tree, Map<String, String> env, String source) {
    if (!(tree instanceof Map<?, ?> map)) {
      throw NeuronEcsException.usage(source + ": a spec file is a mapping of settings, e.g. 'instance: inf2.xlarge'");
    }
    Reader r = new Reader(env, source);
    TaskRequest.Builder b = TaskRequest.builder(null);
    String region = null;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object value = e.getValue();
      switch (key) {
        case "instance" -> b.instanceType(r.string(key, value));
        case "image" -> b.image(r.string(key, value));
        case "family" -> b.family(r.string(key, value));
        case "name" -> b.containerName(r.string(key, value));
        case "chips" -> b.chips(r.integer(key, value));
        case "first-chip" -> b.firstChip(r.integer(key, value));
        case "cpu" -> b.cpu(r.integer(key, value));
        case "memory" -> b.memory(r.integer(key, value));
        case "env" -> r.pairs(key, value).forEach(p -> b.env(p));
        case "ports" -> r.list(key, value).forEach(p -> b.port(PortMapping.parse(p)));
        case "network-mode" -> b.networkMode(r.string(key, value));
        case "execution-role-arn" -> b.executionRoleArn(r.string(key, value));
        case "task-role-arn" -> b.taskRoleArn(r.string(key, value));
        case "log-group" -> b.logGroup(r.string(key, value));
        case "region" -> region = r.string(key, value);
        case "command" -> b.command(r.words(key, value));
        case "entrypoint" -> b.entryPoint(r.words(key, value));
        case "preset" -> b.preset(r.string(key, value));
        case "model" -> b.model(r.string(key, value));
        case "efa" -> b.efa(value instanceof Boolean yes ? (yes ? TaskRequest.EFA_ALL : null) : r.integer(key, value));
        case "mode" -> b.mode(r.string(key, value));
        case "secrets" -> r.pairs(key, value).forEach(p -> b.secret(new Secret(p.name(), p.value())));
        case "tags" -> r.pairs(key, value).forEach(p -> b.tag(p));
        case "shm-size" -> b.shmSize(r.integer(key, value));
        case "ulimits" -> r.pairs(key, value).forEach(p -> b.ulimit(Ulimit.parse(p.name() + "=" + p.value())));
        case "health-check" -> b.healthCheck(r.string(key, value));
        default -> throw NeuronEcsException.usage(
            source + ": unknown key '" + key + "'" + Closest.hint(key, KEYS) + "; see docs/spec.md for the keys");
      }
    }
    return new Spec(b.build(), region);
  }

  /** Reads typed values, expanding variables in every string. */
  private record Reader(Map<String, String> env, String source) {
    String string(String key, Object value) {
      if (value instanceof Map || value instanceof List || value == null) {
        throw wrong(key, "a single value");
      }
      return Variables.expand(value.toString(), env, source + ": " + key);
    }

    Integer integer(String key, Object value) {
      String text = string(key, value);
      try {
        return Integer.valueOf(text.trim());
      } catch (NumberFormatException e) {
        throw wrong(key, "a whole number, not '" + text + "'");
      }
    }

    List<String> list(String key, Object value) {
      List<String> out = new ArrayList<>();
      if (value instanceof List<?> items) {
        for (Object item : items) {
          out.add(string(key, item));
        }
      } else {
        out.add(string(key, value));
      }
      return out;
    }

    List<String> words(String key, Object value) {
      if (value instanceof List<?>) {
        return list(key, value);
      }
      return ShellWords.split(string(key, value), source + ": " + key);
    }

    /** A mapping of NAME: VALUE, or a list of "NAME=VALUE" strings. */
    List<KeyValue> pairs(String key, Object value) {
      List<KeyValue> out = new ArrayList<>();
      if (value instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
          out.add(new KeyValue(String.valueOf(e.getKey()), string(key + "." + e.getKey(), e.getValue())));
        }
      } else if (value instanceof List<?>) {
        for (String item : list(key, value)) {
          out.add(KeyValue.parse(item, source + ": " + key));
        }
      } else {
        throw wrong(key, "a mapping of NAME: VALUE");
      }
      return out;
    }

    NeuronEcsException wrong(String key, String expected) {
      return NeuronEcsException.usage(source + ": " + key + " must be " + expected);
    }
  }
}
