package dev.neuronecs.validate;

import java.util.List;

/**
 * Things the launch type or the ECS API no longer allows: device mappings on Fargate ({@code
 * devices-on-fargate}), and Amazon Elastic Inference, which is not AWS Inferentia and is no longer
 * available ({@code elastic-inference}).
 */
final class LaunchTypeRule implements Rule {
  private static final String NEURON_DOCS_HINT =
      "Inferentia and Trainium chips are mapped as linuxParameters.devices (/dev/neuronN);"
          + " 'neuron-ecs gen --instance TYPE' prints such a task definition";

  @Override
  public void check(TaskDocument doc, List<Finding> out) {
    if (doc.compatibilities().contains("FARGATE")) {
      for (ContainerView c : doc.containers()) {
        if (!Nodes.list(c.linuxParameters().get("devices")).isEmpty()) {
          out.add(
              Finding.error(
                  c.devicesPath(),
                  "devices-on-fargate",
                  "requiresCompatibilities lists FARGATE, which does not support linuxParameters.devices"
                      + " (and has no Neuron chips), so ECS refuses the task definition",
                  "require EC2 instead of FARGATE in requiresCompatibilities, and run on a Neuron instance"));
        }
      }
    }
    Object accelerators = doc.taskDefinition().get("inferenceAccelerators");
    if (accelerators != null && !(accelerators instanceof List<?> l && l.isEmpty())) {
      out.add(
          Finding.error(
              doc.pathOf("inferenceAccelerators"),
              "elastic-inference",
              "inferenceAccelerators is Amazon Elastic Inference, which is no longer available; it is not"
                  + " AWS Inferentia",
              "remove it; " + NEURON_DOCS_HINT));
    }
    for (ContainerView c : doc.containers()) {
      for (ContainerView.Requirement r : c.requirements()) {
        if (r.type().equals("InferenceAccelerator")) {
          out.add(
              Finding.error(
                  r.path(),
                  "elastic-inference",
                  "the InferenceAccelerator resource is Amazon Elastic Inference, which is no longer available;"
                      + " it is not AWS Inferentia",
                  "remove it; " + NEURON_DOCS_HINT));
        }
      }
    }
  }
}
