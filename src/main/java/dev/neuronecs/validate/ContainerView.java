package dev.neuronecs.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A lenient view of one container definition: what the Neuron rules need, with paths. */
final class ContainerView {
  static final String NEURON_DEVICE = "NeuronDevice";
  private static final Pattern NEURON_PATH = Pattern.compile("/dev/neuron(0|[1-9][0-9]{0,3})");

  /** One entry of linuxParameters.devices; {@code chip} is N for /dev/neuronN, else null. */
  record Device(String path, String hostPath, String containerPath, Integer chip) {}

  /** One environment entry; {@code value} is null when it is not a string. */
  record EnvVar(String name, String value, String path) {}

  /** One resourceRequirements entry. */
  record Requirement(String type, String value, String path) {}

  private final int index;
  private final String path;
  private final Map<String, Object> raw;

  ContainerView(int index, String path, Map<String, Object> raw) {
    this.index = index;
    this.path = path;
    this.raw = raw;
  }

  int index() {
    return index;
  }

  String path() {
    return path;
  }

  Map<String, Object> raw() {
    return raw;
  }

  String name() {
    return Nodes.string(raw.get("name"));
  }

  /** "container 'web'" or "containerDefinitions[1]", for messages. */
  String label() {
    String name = name();
    return name == null ? path : "container '" + name + "'";
  }

  String path(String relative) {
    return path + "." + relative;
  }

  Map<String, Object> linuxParameters() {
    return Nodes.map(raw.get("linuxParameters"));
  }

  String devicesPath() {
    return path("linuxParameters.devices");
  }

  List<Device> devices() {
    List<Device> out = new ArrayList<>();
    List<Object> items = Nodes.list(linuxParameters().get("devices"));
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Map<?, ?>) {
        Map<String, Object> d = Nodes.map(items.get(i));
        String host = Nodes.string(d.get("hostPath"));
        out.add(
            new Device(
                Nodes.index(devicesPath(), i),
                host,
                Nodes.string(d.get("containerPath")),
                chip(host)));
      }
    }
    return out;
  }

  /** The devices that are Neuron chips (/dev/neuronN on the host). */
  List<Device> neuronDevices() {
    List<Device> out = new ArrayList<>();
    for (Device d : devices()) {
      if (d.chip() != null) {
        out.add(d);
      }
    }
    return out;
  }

  /** The chips mapped, in ascending order, each once. */
  List<Integer> chips() {
    java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
    for (Device d : neuronDevices()) {
      set.add(d.chip());
    }
    return new ArrayList<>(set);
  }

  static Integer chip(String hostPath) {
    if (hostPath == null) {
      return null;
    }
    Matcher m = NEURON_PATH.matcher(hostPath.trim());
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  /** Every environment entry with a string name, in order. */
  List<EnvVar> environmentEntries() {
    List<EnvVar> out = new ArrayList<>();
    List<Object> items = Nodes.list(raw.get("environment"));
    String base = path("environment");
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> e = Nodes.map(items.get(i));
      String name = Nodes.string(e.get("name"));
      if (name != null) {
        out.add(new EnvVar(name, Nodes.string(e.get("value")), Nodes.index(base, i)));
      }
    }
    return out;
  }

  /** The environment as the container sees it: a later entry of the same name wins. */
  Map<String, EnvVar> environment() {
    Map<String, EnvVar> env = new LinkedHashMap<>();
    for (EnvVar e : environmentEntries()) {
      env.put(e.name(), e);
    }
    return env;
  }

  List<String> capabilitiesAdded() {
    return Nodes.strings(Nodes.map(linuxParameters().get("capabilities")).get("add"));
  }

  boolean privileged() {
    return Boolean.TRUE.equals(raw.get("privileged"));
  }

  List<Requirement> requirements() {
    List<Requirement> out = new ArrayList<>();
    List<Object> items = Nodes.list(raw.get("resourceRequirements"));
    String base = path("resourceRequirements");
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> r = Nodes.map(items.get(i));
      String type = Nodes.string(r.get("type"));
      if (type != null) {
        out.add(new Requirement(type, Nodes.string(r.get("value")), Nodes.index(base, i)));
      }
    }
    return out;
  }

  List<Requirement> neuronDeviceRequirements() {
    List<Requirement> out = new ArrayList<>();
    for (Requirement r : requirements()) {
      if (r.type().equals(NEURON_DEVICE)) {
        out.add(r);
      }
    }
    return out;
  }
}
