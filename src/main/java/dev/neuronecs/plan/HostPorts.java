package dev.neuronecs.plan;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.TaskDefinitionBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The port mappings of each slot, chosen so that every slot reserves its own static host ports:
 * the user's ports with the slot index added to each host port, or one guard port per slot
 * ({@code guardBase + slot}). In host mode the container port is the host port, so the app must
 * listen on the shifted port: the slot's environment says which ({@value #PORT_ENV}).
 */
final class HostPorts {
  /** Ports every ECS container instance reserves (the agent's defaults). */
  static final List<Integer> RESERVED = List.of(22, 2375, 2376, 51678, 51679, 51680);

  /** Linux's ephemeral range starts here; Docker takes dynamic host ports from it. */
  static final int EPHEMERAL_START = 32768;

  static final String PORT_ENV = "PORT";

  private final String networkMode;
  private final List<PortMapping> given;
  private final int guardBase;
  private final boolean guardBaseGiven;
  private final int slots;

  /** Checks the ports of all {@code slots} together; bad input says what would work. */
  HostPorts(String networkMode, List<PortMapping> given, Integer guardBase, int slots) {
    this.networkMode = networkMode;
    this.given = TaskDefinitionBuilder.ports(given, networkMode);
    this.guardBase = guardBase == null ? Planner.DEFAULT_GUARD_PORT_BASE : guardBase;
    this.guardBaseGiven = guardBase != null;
    this.slots = slots;
    if (this.guardBase < 1) {
      throw NeuronEcsException.usage("--guard-port-base must be 1 or more, not " + this.guardBase);
    }
    checkAllSlots();
  }

  Separation separation() {
    if (networkMode.equals("awsvpc")) {
      return Separation.PLACEMENT_ONLY;
    }
    return given.isEmpty() ? Separation.GUARD_PORT : Separation.USER_PORTS;
  }

  List<PortMapping> forSlot(int slot) {
    return switch (separation()) {
      case PLACEMENT_ONLY -> given;
      case GUARD_PORT -> List.of(new PortMapping(guardBase + slot, guardBase + slot, "tcp"));
      case USER_PORTS -> shifted(slot);
    };
  }

  /** In host mode with the user's ports: PORT (and PORT_n for each port n when there are several). */
  List<KeyValue> envForSlot(int slot) {
    List<KeyValue> env = new ArrayList<>();
    if (!networkMode.equals("host") || separation() != Separation.USER_PORTS) {
      return env;
    }
    List<PortMapping> ports = shifted(slot);
    env.add(new KeyValue(PORT_ENV, Integer.toString(ports.get(0).containerPort())));
    if (ports.size() > 1) {
      for (int i = 0; i < ports.size(); i++) {
        env.add(new KeyValue(PORT_ENV + "_" + given.get(i).containerPort(), Integer.toString(ports.get(i).containerPort())));
      }
    }
    return env;
  }

  /** Notes for the user: a guard base that does nothing, ports in the ephemeral range. */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (guardBaseGiven && separation() != Separation.GUARD_PORT) {
      notes.add(
          "--guard-port-base has no effect here: "
              + (separation() == Separation.USER_PORTS
                  ? "your --port host ports, shifted by slot, keep the slots apart"
                  : "in awsvpc mode ports keep nothing apart"));
    }
    int highest = -1;
    for (int slot = 0; slot < slots && separation() != Separation.PLACEMENT_ONLY; slot++) {
      for (PortMapping p : forSlot(slot)) {
        if (p.hostPort() != null && p.hostPort() >= EPHEMERAL_START) {
          highest = Math.max(highest, p.hostPort());
        }
      }
    }
    if (highest >= 0) {
      notes.add(
          "static host ports up to "
              + highest
              + " lie in the ephemeral range (32768 and up) that Docker takes dynamic host ports"
              + " from; ECS advises static host ports below 32768");
    }
    return notes;
  }

  private List<PortMapping> shifted(int slot) {
    List<PortMapping> out = new ArrayList<>();
    for (PortMapping p : given) {
      if (networkMode.equals("bridge")) {
        int base = p.hostPort() == null ? p.containerPort() : p.hostPort();
        out.add(new PortMapping(p.containerPort(), base + slot, p.protocol()));
      } else {
        int port = p.containerPort() + slot;
        out.add(new PortMapping(port, port, p.protocol()));
      }
    }
    return out;
  }

  private void checkAllSlots() {
    if (separation() == Separation.PLACEMENT_ONLY) {
      return;
    }
    Map<String, String> users = new LinkedHashMap<>();
    for (int slot = 0; slot < slots; slot++) {
      List<PortMapping> ports = forSlot(slot);
      for (int i = 0; i < ports.size(); i++) {
        int host = ports.get(i).hostPort();
        String origin = origin(i, slot);
        if (host > 65535) {
          throw NeuronEcsException.usage(
              origin + " would need host port " + host + ", beyond 65535; use a lower port");
        }
        if (RESERVED.contains(host)) {
          throw NeuronEcsException.usage(
              origin
                  + " would take host port "
                  + host
                  + ", which every ECS instance reserves (22, 2375, 2376, 51678-51680); use other ports");
        }
        String key = host + "/" + ports.get(i).protocol();
        String before = users.putIfAbsent(key, origin);
        if (before != null) {
          throw NeuronEcsException.usage(
              "host port "
                  + key
                  + " would serve both "
                  + before
                  + " and "
                  + origin
                  + "; plan adds the slot index to every host port, so give ports at least "
                  + slots
                  + " apart");
        }
      }
    }
  }

  /** "slot 3 (--port 8080:9000)" or "slot 3 (--guard-port-base 31000)". */
  private String origin(int mapping, int slot) {
    if (separation() == Separation.GUARD_PORT) {
      return "slot " + slot + " (--guard-port-base " + guardBase + ")";
    }
    PortMapping p = given.get(mapping);
    String text = p.containerPort() + (networkMode.equals("bridge") && p.hostPort() != null ? ":" + p.hostPort() : "");
    return "slot " + slot + " (--port " + text + (p.protocol().equals("udp") ? "/udp" : "") + ")";
  }
}
