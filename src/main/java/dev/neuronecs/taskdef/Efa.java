package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import java.util.ArrayList;
import java.util.List;

/** EFA interfaces mapped into the container: /dev/infiniband/uverbs0 .. uverbs{count-1}. */
public record Efa(int count) {

  /** The libfabric settings Neuron's multi-node training uses over EFA. */
  public static final List<KeyValue> ENVIRONMENT =
      List.of(
          new KeyValue("FI_PROVIDER", "efa"),
          new KeyValue("FI_EFA_USE_DEVICE_RDMA", "1"),
          new KeyValue("FI_EFA_FORK_SAFE", "1"));

  /**
   * The interfaces asked for on {@code type}: null for none, {@link TaskRequest#EFA_ALL} for the
   * instance's maximum. Bad input when the instance has no EFA or fewer interfaces.
   */
  public static Efa of(InstanceType type, Integer asked) {
    if (asked == null) {
      return new Efa(0);
    }
    int max = type.maxEfaInterfaces();
    if (max == 0) {
      throw NeuronEcsException.usage(
          type.name() + " has no EFA; --efa works on " + String.join(", ", typesWithEfa()));
    }
    int count = asked == TaskRequest.EFA_ALL ? max : asked;
    if (count < 1 || count > max) {
      throw NeuronEcsException.usage(
          "--efa " + asked + " does not fit " + type.name() + ": it takes 1 to " + max + " EFA interfaces"
              + " (--efa alone maps all " + max + ")");
    }
    return new Efa(count);
  }

  public List<Device> devices() {
    List<Device> devices = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      devices.add(Device.readWrite("/dev/infiniband/uverbs" + i));
    }
    return devices;
  }

  private static List<String> typesWithEfa() {
    List<String> names = new ArrayList<>();
    for (InstanceType t : Catalog.builtIn().all()) {
      if (t.maxEfaInterfaces() > 0) {
        names.add(t.name());
      }
    }
    return names;
  }
}
