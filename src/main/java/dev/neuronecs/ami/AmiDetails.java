package dev.neuronecs.ami;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.render.JsonReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What SSM says about the recommended image: the keys of the {@code /recommended} value, which are
 * also its sub-parameters ({@code image_id}, {@code image_name}, {@code os}, {@code
 * ecs_agent_version}, {@code ecs_runtime_version}, {@code image_version}, {@code
 * source_image_name}). Older values lack some keys; unknown keys are ignored.
 */
public record AmiDetails(
    String imageId,
    String imageName,
    String os,
    String ecsAgentVersion,
    String ecsRuntimeVersion,
    String imageVersion,
    String sourceImageName) {

  /**
   * From sub-parameters keyed by their last path segment ("image_id" -> "ami-..."). Without an
   * image id the answer is unusable: a failure that names {@code source}.
   */
  public static AmiDetails fromParameters(Map<String, String> values, String source) {
    String imageId = values.get("image_id");
    if (imageId == null || imageId.isBlank()) {
      throw NeuronEcsException.failure(source + " has no image_id; SSM's answer cannot be used", null);
    }
    return new AmiDetails(
        imageId,
        values.get("image_name"),
        values.get("os"),
        values.get("ecs_agent_version"),
        values.get("ecs_runtime_version"),
        values.get("image_version"),
        values.get("source_image_name"));
  }

  /**
   * From the {@code /recommended} value as real SSM returns it: a string holding a JSON object,
   * e.g. {@code {"image_id":"ami-...","schema_version":1,...}}.
   */
  public static AmiDetails fromJson(String value, String source) {
    Object tree;
    try {
      tree = JsonReader.read(value, source);
    } catch (NeuronEcsException e) {
      throw NeuronEcsException.failure(source + " is not the JSON object SSM publishes: " + e.getMessage(), e);
    }
    if (!(tree instanceof Map<?, ?> map)) {
      throw NeuronEcsException.failure(source + " is not the JSON object SSM publishes", null);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object v = e.getValue();
      if (v instanceof String || v instanceof Number || v instanceof Boolean) {
        values.put(String.valueOf(e.getKey()), v instanceof BigDecimal d ? d.toPlainString() : v.toString());
      }
    }
    return fromParameters(values, source);
  }

  /** The {@code --output json} tree; absent values are left out. */
  public Map<String, Object> tree(String region, AmiVariant variant) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("imageId", imageId);
    put(m, "imageName", imageName);
    put(m, "os", os);
    put(m, "ecsAgentVersion", ecsAgentVersion);
    put(m, "ecsRuntimeVersion", ecsRuntimeVersion);
    put(m, "imageVersion", imageVersion);
    put(m, "sourceImageName", sourceImageName);
    m.put("variant", variant.option());
    m.put("region", region);
    m.put("parameter", variant.parameter());
    return m;
  }

  private static void put(Map<String, Object> m, String key, String value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
