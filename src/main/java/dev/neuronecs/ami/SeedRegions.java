package dev.neuronecs.ami;

import java.util.List;

/**
 * The 17 regions where the AWS guide we started from says the AL2023 Neuron ECS AMI is published.
 * The list may lag: SSM's answer in the region decides, this only adds a note.
 */
public final class SeedRegions {
  public static final List<String> REGIONS =
      List.of(
          "us-east-1",
          "us-east-2",
          "us-west-1",
          "us-west-2",
          "ap-south-1",
          "ap-northeast-3",
          "ap-northeast-2",
          "ap-northeast-1",
          "ap-southeast-1",
          "ap-southeast-2",
          "ca-central-1",
          "eu-central-1",
          "eu-west-1",
          "eu-west-2",
          "eu-west-3",
          "eu-north-1",
          "sa-east-1");

  private SeedRegions() {}

  public static boolean listed(String region) {
    return REGIONS.contains(region);
  }
}
