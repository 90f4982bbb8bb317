package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resource tags under ECS's rules; a later value for the same key wins. */
final class Tags {
  private Tags() {}

  static List<KeyValue> check(List<KeyValue> tags) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (KeyValue tag : tags) {
      String key = tag.name();
      if (key.length() > 128 || tag.value().length() > 256) {
        throw NeuronEcsException.usage(
            "--tag " + key + ": keys take 1 to 128 characters and values up to 256");
      }
      if (key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
        throw NeuronEcsException.usage("--tag " + key + ": the aws: prefix is reserved for AWS");
      }
      byKey.put(key, tag.value());
    }
    List<KeyValue> out = new ArrayList<>();
    byKey.forEach((k, v) -> out.add(new KeyValue(k, v)));
    return out;
  }
}
