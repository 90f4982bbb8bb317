package dev.neuronecs.aws;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Ec2InstanceType;
import dev.neuronecs.catalog.Ec2NeuronDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;
import software.amazon.awssdk.services.ec2.model.NeuronDeviceInfo;
import software.amazon.awssdk.services.ec2.model.NetworkInfo;

/**
 * Neuron instance types as EC2's DescribeInstanceTypes reports them in the region, in the core's
 * {@link Ec2InstanceType}. EC2 lists only the types it offers in the region; the {@code
 * instance-type} filter takes wildcards ({@code inf*}, {@code trn*}); there is no filter on
 * NeuronInfo. Pages are followed up to {@link #MAX_PAGES}.
 */
public final class Ec2InstanceTypes {
  /** The instance-type filter values that cover every Neuron type. */
  public static final List<String> NEURON_TYPES = List.of("inf*", "trn*");

  static final int MAX_PAGES = 20;

  private final AwsClients clients;

  public Ec2InstanceTypes(AwsClients clients) {
    this.clients = clients;
  }

  /** Every inf* and trn* type EC2 offers in the region, as EC2 lists them. */
  public List<Ec2InstanceType> neuron() {
    return describe(NEURON_TYPES);
  }

  /** The type named (lowercase), or empty when EC2 does not offer it in the region. */
  public Optional<Ec2InstanceType> find(String name) {
    return describe(List.of(name)).stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private List<Ec2InstanceType> describe(List<String> filterValues) {
    AwsCall call = clients.call("EC2", "DescribeInstanceTypes");
    List<Ec2InstanceType> out = new ArrayList<>();
    String next = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String token = next;
      DescribeInstanceTypesResponse response =
          call.send(() -> clients.ec2().describeInstanceTypes(
              DescribeInstanceTypesRequest.builder()
                  .filters(Filter.builder().name("instance-type").values(filterValues).build())
                  .maxResults(100)
                  .nextToken(token)
                  .overrideConfiguration(o -> o.apiCallTimeout(clients.remaining(call)))
                  .build()));
      for (InstanceTypeInfo info : response.instanceTypes()) {
        out.add(toCore(info));
      }
      next = response.nextToken();
      if (next == null || next.isEmpty()) {
        return out;
      }
    }
    throw NeuronEcsException.failure(
        clients.where("EC2") + " kept paging DescribeInstanceTypes past " + MAX_PAGES + " pages; check --endpoint-url",
        null);
  }

  static Ec2InstanceType toCore(InstanceTypeInfo info) {
    List<Ec2NeuronDevice> devices = new ArrayList<>();
    if (info.neuronInfo() != null) {
      for (NeuronDeviceInfo d : info.neuronInfo().neuronDevices()) {
        devices.add(new Ec2NeuronDevice(
            d.name(),
            d.count(),
            d.coreInfo() == null ? null : d.coreInfo().count(),
            d.coreInfo() == null ? null : d.coreInfo().version(),
            d.memoryInfo() == null ? null : d.memoryInfo().sizeInMiB()));
      }
    }
    return new Ec2InstanceType(
        info.instanceTypeAsString(),
        info.vCpuInfo() == null ? null : info.vCpuInfo().defaultVCpus(),
        info.memoryInfo() == null || info.memoryInfo().sizeInMiB() == null
            ? null
            : Integer.valueOf(Math.toIntExact(info.memoryInfo().sizeInMiB())),
        maxEfa(info.networkInfo()),
        devices);
  }

  /** EfaInfo's maximum; a type without EfaInfo has no EFA (EC2 leaves EfaInfo out then). */
  private static Integer maxEfa(NetworkInfo network) {
    if (network == null) {
      return null;
    }
    if (network.efaInfo() == null || network.efaInfo().maximumEfaInterfaces() == null) {
      return 0;
    }
    return network.efaInfo().maximumEfaInterfaces();
  }
}
