package dev.neuronecs.aws;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One AWS call, as failure messages name it.
 *
 * @param service "ECS", "SSM" or "EC2"
 * @param operation the API action, e.g. "RegisterTaskDefinition"
 * @param where "ECS at http://..." or "ECS in us-east-1"
 * @param timeout the command's --timeout
 * @param secrets credential values to mask in anything printed
 */
record AwsCall(String service, String operation, String where, Duration timeout, List<String> secrets) {
  /** Runs {@code request}; an SDK failure becomes our message ({@link AwsErrors}). */
  <T> T send(Supplier<T> request) {
    try {
      return request.get();
    } catch (SdkException e) {
      throw AwsErrors.translate(e, this);
    }
  }

  /** How the service answers: XML for EC2 (the query protocol), JSON for ECS and SSM. */
  String replyFormat() {
    return service.equals("EC2") ? "XML" : "JSON";
  }

  /** "ecs:RegisterTaskDefinition", the IAM action. */
  String action() {
    return service.toLowerCase(java.util.Locale.ROOT) + ":" + operation;
  }
}
