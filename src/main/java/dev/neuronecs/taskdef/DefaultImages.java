package dev.neuronecs.taskdef;

import dev.neuronecs.catalog.ChipFamily;
import java.util.Map;

/**
 * The image a container gets when the user names none: for Inf1 the TensorFlow Serving Neuron
 * image of the AWS ECS guide, for Inf2 and Trainium the current PyTorch Neuron (neuronx) inference
 * Deep Learning Container. docs/images.md lists them with their sources.
 */
public final class DefaultImages {
  /** Public ECR: needs no login and no region. */
  public static final String NEURONX_INFERENCE =
      "public.ecr.aws/neuron/pytorch-inference-neuronx:2.9.0-neuronx-py312-sdk2.31.1-ubuntu24.04";

  /** The Inf1 image the AWS ECS guide's example uses; lives in the regional DLC registry. */
  public static final String INF1_TF_SERVING_REPOSITORY =
      "tensorflow-inference-neuron:1.15.4-neuron-py37-ubuntu18.04";

  /** Where the Inf1 image is pulled from when no region is given. */
  public static final String DEFAULT_REGION = "us-east-1";

  private static final String DLC_ACCOUNT = "763104351884";

  /** Regions whose Deep Learning Containers live in another account than 763104351884. */
  private static final Map<String, String> DLC_ACCOUNTS =
      Map.of(
          "af-south-1", "626614931356",
          "ap-east-1", "871362719292",
          "ap-northeast-3", "364406365360",
          "ap-southeast-3", "907027046896",
          "eu-south-1", "692866216735",
          "me-south-1", "217643126080",
          "me-central-1", "914824155844");

  private DefaultImages() {}

  /** The default image for a chip family; {@code region} may be null. */
  public static String forChip(ChipFamily family, String region) {
    if (family.is(ChipFamily.INFERENTIA)) {
      return dlcRegistry(region == null ? DEFAULT_REGION : region)
          + "/"
          + INF1_TF_SERVING_REPOSITORY;
    }
    return NEURONX_INFERENCE;
  }

  /** The AWS Deep Learning Containers registry host of a region. */
  public static String dlcRegistry(String region) {
    if (region.startsWith("cn-")) {
      return "727897471807.dkr.ecr." + region + ".amazonaws.com.cn";
    }
    return DLC_ACCOUNTS.getOrDefault(region, DLC_ACCOUNT) + ".dkr.ecr." + region + ".amazonaws.com";
  }
}
