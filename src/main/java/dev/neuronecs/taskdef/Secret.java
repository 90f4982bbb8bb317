package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;

/** An environment variable filled from Secrets Manager or SSM Parameter Store. */
public record Secret(String name, String valueFrom) {

  /** Parses NAME=ARN as given to --secret. */
  public static Secret parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw NeuronEcsException.usage(
          "--secret '"
              + text
              + "' needs the form NAME=ARN, e.g. --secret HF_TOKEN=arn:aws:secretsmanager:us-east-1:123456789012:secret:hf-token");
    }
    return new Secret(text.substring(0, eq), text.substring(eq + 1));
  }
}
