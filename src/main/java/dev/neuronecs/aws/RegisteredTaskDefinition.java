package dev.neuronecs.aws;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A revision ECS holds.
 *
 * @param arn its taskDefinitionArn
 * @param revision its revision number
 * @param status ACTIVE, INACTIVE or DELETE_IN_PROGRESS
 * @param document what DescribeTaskDefinition returned, as a plain tree with JSON names, read-only
 *     keys included, plus the {@code tags}
 */
public record RegisteredTaskDefinition(String arn, int revision, String status, Map<String, Object> document) {
  public RegisteredTaskDefinition {
    document = Collections.unmodifiableMap(new LinkedHashMap<>(document));
  }

  /** The family, from the document. */
  public String family() {
    return String.valueOf(document.get("family"));
  }
}
