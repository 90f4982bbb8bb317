package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;

/**
 * A model in S3 as TensorFlow Serving reads it: s3://bucket/path/NAME serves model NAME from base
 * path s3://bucket/path.
 */
public record S3Model(String basePath, String name) {

  public static S3Model parse(String uri) {
    String u = uri.trim();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    int slash = u.lastIndexOf('/');
    if (!u.startsWith("s3://") || slash <= "s3://".length() || u.indexOf('/', 5) < 0) {
      throw NeuronEcsException.usage(
          "--model '"
              + uri
              + "' is not s3://BUCKET/PATH/NAME; tf-serving serves model NAME from s3://BUCKET/PATH,"
              + " e.g. --model s3://my-bucket/models/resnet50_neuron");
    }
    return new S3Model(u.substring(0, slash), u.substring(slash + 1));
  }
}
