package dev.neuronecs.testing;

import dev.neuronecs.catalog.Ec2InstanceType;
import dev.neuronecs.catalog.Ec2NeuronDevice;
import java.util.List;

/**
 * DescribeInstanceTypes replies in EC2's query-protocol XML, as moto_server and EC2 send them (the
 * element names of the real reply: lower camel case, lists as {@code <item>}), for the HTTP stub.
 */
public final class Ec2Xml {
  private Ec2Xml() {}

  public static String describeInstanceTypes(List<Ec2InstanceType> types, String nextToken) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<DescribeInstanceTypesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">");
    sb.append("<requestId>00000000-0000-0000-0000-000000000000</requestId><instanceTypeSet>");
    for (Ec2InstanceType t : types) {
      sb.append("<item><instanceType>").append(t.name()).append("</instanceType>");
      if (t.vcpus() != null) {
        sb.append("<vCpuInfo><defaultVCpus>").append(t.vcpus()).append("</defaultVCpus></vCpuInfo>");
      }
      if (t.memoryMiB() != null) {
        sb.append("<memoryInfo><sizeInMiB>").append(t.memoryMiB()).append("</sizeInMiB></memoryInfo>");
      }
      Integer efa = t.maxEfaInterfaces();
      sb.append("<networkInfo><efaSupported>").append(efa != null && efa > 0).append("</efaSupported>");
      if (efa != null && efa > 0) {
        sb.append("<efaInfo><maximumEfaInterfaces>").append(efa).append("</maximumEfaInterfaces></efaInfo>");
      }
      sb.append("</networkInfo>");
      if (!t.neuronDevices().isEmpty()) {
        sb.append("<neuronInfo><neuronDevices>");
        for (Ec2NeuronDevice d : t.neuronDevices()) {
          sb.append("<item><count>").append(d.count()).append("</count><name>").append(d.name()).append("</name>")
              .append("<coreInfo><count>").append(d.coresPerChip()).append("</count><version>").append(d.coreVersion())
              .append("</version></coreInfo><memoryInfo><sizeInMiB>").append(d.memoryMiB())
              .append("</sizeInMiB></memoryInfo></item>");
        }
        sb.append("</neuronDevices></neuronInfo>");
      }
      sb.append("</item>");
    }
    sb.append("</instanceTypeSet>");
    if (nextToken != null) {
      sb.append("<nextToken>").append(nextToken).append("</nextToken>");
    }
    return sb.append("</DescribeInstanceTypesResponse>").toString();
  }
}
