package dev.neuronecs.taskdef;

import java.util.List;

/**
 * The Linux options of a container.
 *
 * @param capabilitiesAdd kernel capabilities to add, e.g. IPC_LOCK
 * @param devices host devices mapped in: the Neuron chips, then any EFA devices
 * @param sharedMemorySize /dev/shm in MiB, or null for Docker's default
 */
public record LinuxParameters(
    List<String> capabilitiesAdd, List<Device> devices, Integer sharedMemorySize) {
  public LinuxParameters {
    capabilitiesAdd = List.copyOf(capabilitiesAdd);
    devices = List.copyOf(devices);
  }
}
