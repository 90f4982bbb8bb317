package dev.neuronecs.taskdef;

import java.util.List;

/** A host device mapped into the container ({@code linuxParameters.devices[]}). */
public record Device(String hostPath, String containerPath, List<String> permissions) {
  public Device {
    permissions = List.copyOf(permissions);
  }

  /** The same path on host and in the container, read and write: how Neuron devices are mapped. */
  public static Device readWrite(String path) {
    return new Device(path, path, List.of("read", "write"));
  }
}
