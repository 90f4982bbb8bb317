package dev.neuronecs.catalog;

import java.util.ArrayList;
import java.util.List;

/** EC2 facts for tests: what EC2 would report for a catalog row, to change one figure at a time. */
public final class Ec2Facts {
  private Ec2Facts() {}

  /** Exactly the row's figures, as EC2 would report them if EC2 and the catalog agreed. */
  public static Ec2InstanceType of(InstanceType row) {
    ChipFamily chip = row.chipFamily();
    return new Ec2InstanceType(
        row.name(),
        row.vcpus(),
        row.memoryMiB(),
        row.maxEfaInterfaces(),
        List.of(new Ec2NeuronDevice(
            chip.chipName(), row.chips(), chip.physicalCoresPerChip(), chip.neuronCoreVersion(), chip.memoryPerChipGiB() * 1024)));
  }

  /** Every built-in row as EC2 really reports it: Trainium2 device memory as 512 GiB. */
  public static List<Ec2InstanceType> asEc2ReportsTheCatalog() {
    List<Ec2InstanceType> out = new ArrayList<>();
    for (InstanceType row : Catalog.builtIn().all()) {
      Ec2InstanceType e = of(row);
      out.add(row.chipFamily().is(ChipFamily.TRAINIUM2) ? withDeviceMemory(e, 524288) : e);
    }
    return out;
  }

  public static Ec2InstanceType withVcpus(Ec2InstanceType e, Integer vcpus) {
    return new Ec2InstanceType(e.name(), vcpus, e.memoryMiB(), e.maxEfaInterfaces(), e.neuronDevices());
  }

  public static Ec2InstanceType withDeviceMemory(Ec2InstanceType e, Integer mib) {
    Ec2NeuronDevice d = e.device();
    return new Ec2InstanceType(e.name(), e.vcpus(), e.memoryMiB(), e.maxEfaInterfaces(),
        List.of(new Ec2NeuronDevice(d.name(), d.count(), d.coresPerChip(), d.coreVersion(), mib)));
  }

  public static Ec2InstanceType withDevice(Ec2InstanceType e, Ec2NeuronDevice d) {
    return new Ec2InstanceType(e.name(), e.vcpus(), e.memoryMiB(), e.maxEfaInterfaces(), d == null ? List.of() : List.of(d));
  }

  /** A Trn3 server as EC2 might list it once it is launched: 16 Trainium3, 8 NeuronCore-v4, 144 GiB each. */
  public static Ec2InstanceType trn3() {
    return new Ec2InstanceType(
        "trn3.48xlarge", 192, 2048 * 1024, 16, List.of(new Ec2NeuronDevice("Trainium3", 16, 8, 4, 144 * 1024)));
  }
}
