package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.ChipFamily;
import dev.neuronecs.catalog.InstanceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Workload presets: a known-good image, command, ports, environment and health check for a kind of
 * job, right for the instance it runs on. docs/presets.md describes each with its sources.
 */
public enum Preset {
  /** The AWS ECS guide's workload: TensorFlow Serving on Inf1, the model read from S3. */
  TF_SERVING("tf-serving"),
  /** An OpenAI-compatible vLLM server on Inf2 or Trainium, tensor parallel over the task's cores. */
  VLLM("vllm"),
  /** A PyTorch Neuron training container with EFA, unlimited memlock and a large /dev/shm. */
  TRAINING("training");

  public static final String VLLM_TRN2_IMAGE =
      "public.ecr.aws/neuron/pytorch-inference-vllm-neuronx:0.24.0.1.1.0-neuronx-py313-sdk2.32.0-ubuntu24.04";
  public static final String VLLM_IMAGE =
      "public.ecr.aws/neuron/pytorch-inference-vllm-neuronx:0.16.0-neuronx-py312-sdk2.31.1-ubuntu24.04";
  public static final String TRAINING_IMAGE =
      "public.ecr.aws/neuron/pytorch-training-neuronx:2.9.0-neuronx-py312-sdk2.30.0-ubuntu24.04";
  public static final int VLLM_PORT = 8080;

  private final String id;

  Preset(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (Preset p : values()) {
      ids.add(p.id);
    }
    return ids;
  }

  /** The preset named {@code name} (any case); an unknown name is bad input. */
  public static Preset parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (Preset p : values()) {
      if (p.id.equals(n)) {
        return p;
      }
    }
    throw NeuronEcsException.usage(
        "--preset '" + name + "' is not a preset" + dev.neuronecs.Closest.hint(name, ids())
            + "; use one of " + String.join(", ", ids()));
  }

  /**
   * What this preset contributes for a task on {@code type} that sees {@code cores} NeuronCores.
   * A preset that does not run on the type is bad input naming where it does run.
   */
  public Workload workload(InstanceType type, int cores, String model, List<String> notes) {
    return switch (this) {
      case TF_SERVING -> tfServing(type, model, notes);
      case VLLM -> vllm(type, cores, model, notes);
      case TRAINING -> training(type, model, notes);
    };
  }

  private static Workload tfServing(InstanceType type, String model, List<String> notes) {
    if (!type.chipFamily().is(ChipFamily.INFERENTIA)) {
      throw NeuronEcsException.usage(
          "the tf-serving preset runs on Inf1 only (inf1.xlarge, inf1.2xlarge, inf1.6xlarge,"
              + " inf1.24xlarge): its TensorFlow Serving Neuron image supports Inferentia, and Neuron"
              + " no longer supports TensorFlow on "
              + type.chipFamily().instanceFamily()
              + "; use --preset vllm or your own --image on "
              + type.name());
    }
    S3Model s3 = S3Model.parse(require(model, "tf-serving", "s3://my-bucket/models/resnet50_neuron"));
    notes.add(
        "tf-serving reads the model from "
            + model
            + ": the task role must be allowed s3:GetObject and s3:ListBucket there (--task-role-arn)");
    return new Workload(
        "tf-serving",
        null,
        null,
        List.of(new PortMapping(8500, null, "tcp"), new PortMapping(8501, null, "tcp")),
        List.of(new KeyValue("MODEL_NAME", s3.name()), new KeyValue("MODEL_BASE_PATH", s3.basePath())),
        httpCheck("http://localhost:8501/v1/models/" + s3.name(), 30, 5, 3, 120),
        null,
        List.of(),
        null,
        0,
        null);
  }

  private static Workload vllm(InstanceType type, int cores, String model, List<String> notes) {
    if (type.chipFamily().is(ChipFamily.INFERENTIA)) {
      throw NeuronEcsException.usage(
          "the vllm preset needs Inf2 or Trainium (NeuronCore-v2 or later); "
              + type.name()
              + " has first-generation Inferentia chips: use inf2, trn1 or trn2");
    }
    String id = require(model, "vllm", "meta-llama/Llama-3.1-8B-Instruct");
    if ((cores & (cores - 1)) != 0) {
      notes.add(
          "vllm runs tensor parallel over the task's "
              + cores
              + " NeuronCores; the model's attention heads must divide by "
              + cores
              + ", else give the task fewer chips");
    }
    String image = type.chipFamily().is(ChipFamily.TRAINIUM2) ? VLLM_TRN2_IMAGE : VLLM_IMAGE;
    return new Workload(
        "vllm",
        image,
        List.of(
            "python3", "-m", "vllm.entrypoints.openai.api_server",
            "--model", id,
            "--tensor-parallel-size", Integer.toString(cores),
            "--port", Integer.toString(VLLM_PORT),
            "--device", "neuron"),
        List.of(new PortMapping(VLLM_PORT, null, "tcp")),
        List.of(
            new KeyValue("VLLM_NEURON_FRAMEWORK", "neuronx-distributed-inference"),
            new KeyValue("NEURON_SKIP_EFA_AFFINITY", "1")),
        httpCheck("http://localhost:" + VLLM_PORT + "/health", 60, 10, 5, 300),
        null,
        List.of(),
        25,
        10240,
        null);
  }

  private static Workload training(InstanceType type, String model, List<String> notes) {
    if (!type.chipFamily().is(ChipFamily.TRAINIUM) && !type.chipFamily().is(ChipFamily.TRAINIUM2)) {
      throw NeuronEcsException.usage(
          "the training preset runs on Trainium (trn1, trn1n, trn2): "
              + type.name()
              + " is an inference instance");
    }
    if (model != null) {
      throw NeuronEcsException.usage(
          "--model is for the tf-serving and vllm presets; pass the training job's data and model"
              + " to your --command instead");
    }
    if (type.maxEfaInterfaces() == 0) {
      notes.add(type.name() + " has no EFA: the training preset maps no EFA devices (single-node training)");
    }
    return new Workload(
        "training",
        TRAINING_IMAGE,
        null,
        List.of(),
        List.of(),
        null,
        type.maxEfaInterfaces() > 0 ? TaskRequest.EFA_ALL : null,
        List.of(Ulimit.unlimited("memlock")),
        25,
        65536,
        "host");
  }

  private static String require(String model, String preset, String example) {
    if (model == null || model.isBlank()) {
      throw NeuronEcsException.usage(
          "the " + preset + " preset needs --model, e.g. --model " + example);
    }
    return model.trim();
  }

  /** A health check that passes when {@code url} answers with a 2xx, using the image's python. */
  private static HealthCheck httpCheck(String url, int interval, int timeout, int retries, int startPeriod) {
    String probe =
        "python3 -c \"import urllib.request; urllib.request.urlopen('" + url + "', timeout=" + timeout
            + ")\" || exit 1";
    return new HealthCheck(List.of("CMD-SHELL", probe), interval, timeout, retries, startPeriod);
  }
}
