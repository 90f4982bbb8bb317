package dev.neuronecs.taskdef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.ChipFamily;
import dev.neuronecs.catalog.InstanceType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PresetTest {
  private final TaskDefinitionBuilder builder = new TaskDefinitionBuilder(Catalog.builtIn());

  static Stream<InstanceType> types(ChipFamily... families) {
    List<ChipFamily> wanted = List.of(families);
    return Catalog.builtIn().all().stream().filter(t -> wanted.contains(t.chipFamily()));
  }

  static Stream<InstanceType> inf1() {
    return types(ChipFamily.INFERENTIA);
  }

  static Stream<InstanceType> notInf1() {
    return types(ChipFamily.INFERENTIA2, ChipFamily.TRAINIUM, ChipFamily.TRAINIUM2);
  }

  static Stream<InstanceType> trainium() {
    return types(ChipFamily.TRAINIUM, ChipFamily.TRAINIUM2);
  }

  private Generated build(TaskRequest.Builder b) {
    return builder.build(b.build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inf1")
  void tfServingServesTheS3ModelOnInf1(InstanceType type) {
    ContainerDefinition c =
        build(TaskRequest.builder(type.name()).preset("tf-serving").model("s3://my-bucket/models/resnet50_neuron/"))
            .taskDefinition()
            .container();
    assertThat(c.name()).isEqualTo("tf-serving");
    assertThat(c.image()).contains("tensorflow-inference-neuron");
    assertThat(c.env("MODEL_NAME")).isEqualTo("resnet50_neuron");
    assertThat(c.env("MODEL_BASE_PATH")).isEqualTo("s3://my-bucket/models");
    assertThat(c.portMappings()).extracting(PortMapping::containerPort).containsExactly(8500, 8501);
    assertThat(c.healthCheck().command()).containsExactly("CMD-SHELL",
        "python3 -c \"import urllib.request; urllib.request.urlopen('http://localhost:8501/v1/models/resnet50_neuron', timeout=5)\" || exit 1");
    assertThat(c.linuxParameters().devices()).hasSize(type.chips());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notInf1")
  void tfServingIsRefusedOffInf1(InstanceType type) {
    assertThatThrownBy(() -> build(TaskRequest.builder(type.name()).preset("tf-serving").model("s3://b/p/m")))
        .hasMessageStartingWith("the tf-serving preset runs on Inf1 only (inf1.xlarge, inf1.2xlarge, inf1.6xlarge, inf1.24xlarge)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notInf1")
  void vllmRunsTensorParallelOverTheTasksCores(InstanceType type) {
    TaskDefinition td = build(TaskRequest.builder(type.name()).preset("vllm").model("meta-llama/Llama-3.1-8B-Instruct")).taskDefinition();
    ContainerDefinition c = td.container();
    List<String> cmd = c.command();
    assertThat(cmd).startsWith("python3", "-m", "vllm.entrypoints.openai.api_server");
    assertThat(cmd.get(cmd.indexOf("--model") + 1)).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
    assertThat(cmd.get(cmd.indexOf("--tensor-parallel-size") + 1)).isEqualTo(Integer.toString(type.visibleCores()));
    assertThat(c.image()).isEqualTo(type.chipFamily() == ChipFamily.TRAINIUM2 ? Preset.VLLM_TRN2_IMAGE : Preset.VLLM_IMAGE);
    assertThat(c.portMappings()).extracting(PortMapping::containerPort).containsExactly(8080);
    assertThat(c.env("NEURON_SKIP_EFA_AFFINITY")).isEqualTo("1");
    assertThat(c.linuxParameters().sharedMemorySize()).isPositive().isLessThanOrEqualTo(Integer.parseInt(td.memory()));
  }

  @Test
  void vllmOnPartOfTheChipsUsesThoseCores() {
    ContainerDefinition c = build(TaskRequest.builder("trn2.48xlarge").preset("vllm").model("m").chips(4).firstChip(4)).taskDefinition().container();
    assertThat(c.command()).containsSequence("--tensor-parallel-size", "16");
    assertThat(c.env("NEURON_RT_VISIBLE_CORES")).isEqualTo("16-31");
  }

  @Test
  void vllmWarnsWhenTheCoresAreNotAPowerOfTwo() {
    Generated g = build(TaskRequest.builder("inf2.24xlarge").preset("vllm").model("m").image("mine:1"));
    assertThat(g.notes()).anySatisfy(n -> assertThat(n).contains("12 NeuronCores"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inf1")
  void vllmIsRefusedOnInf1(InstanceType type) {
    assertThatThrownBy(() -> build(TaskRequest.builder(type.name()).preset("vllm").model("m")))
        .hasMessageContaining("the vllm preset needs Inf2 or Trainium");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trainium")
  void trainingMapsEfaLocksMemoryAndSizesShm(InstanceType type) {
    TaskDefinition td = build(TaskRequest.builder(type.name()).preset("training")).taskDefinition();
    ContainerDefinition c = td.container();
    assertThat(c.image()).isEqualTo(Preset.TRAINING_IMAGE);
    assertThat(td.networkMode()).isEqualTo("host");
    assertThat(c.ulimits()).containsExactly(Ulimit.unlimited("memlock"));
    List<String> paths = c.linuxParameters().devices().stream().map(Device::hostPath).toList();
    assertThat(paths).startsWith(type.devicePaths().toArray(String[]::new));
    assertThat(paths.subList(type.chips(), paths.size()))
        .hasSize(type.maxEfaInterfaces())
        .allSatisfy(p -> assertThat(p).startsWith("/dev/infiniband/uverbs"));
    if (type.maxEfaInterfaces() > 0) {
      assertThat(c.env("FI_PROVIDER")).isEqualTo("efa");
      assertThat(c.env("FI_EFA_USE_DEVICE_RDMA")).isEqualTo("1");
    } else {
      assertThat(c.env("FI_PROVIDER")).isNull();
    }
    int shm = c.linuxParameters().sharedMemorySize();
    assertThat(shm).isEqualTo(Math.min(65536, Integer.parseInt(td.memory()) / 4));
  }

  static Stream<InstanceType> inference() {
    return types(ChipFamily.INFERENTIA, ChipFamily.INFERENTIA2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inference")
  void trainingIsRefusedOnInferenceInstances(InstanceType type) {
    assertThatThrownBy(() -> build(TaskRequest.builder(type.name()).preset("training")))
        .hasMessageContaining("the training preset runs on Trainium");
  }

  @Test
  void everyPresetSettingYieldsToItsOwnFlag() {
    TaskDefinition td = build(TaskRequest.builder("inf1.xlarge").preset("tf-serving").model("s3://b/p/m")
        .image("me/tfs:2").containerName("serve").command(List.of("serve"))
        .port(PortMapping.parse("9000")).env(new KeyValue("MODEL_NAME", "other"))
        .healthCheck("none").networkMode("host")).taskDefinition();
    ContainerDefinition c = td.container();
    assertThat(c.image()).isEqualTo("me/tfs:2");
    assertThat(c.name()).isEqualTo("serve");
    assertThat(c.command()).containsExactly("serve");
    assertThat(c.portMappings()).containsExactly(new PortMapping(9000, 9000, "tcp"));
    assertThat(c.env("MODEL_NAME")).isEqualTo("other");
    assertThat(c.env("MODEL_BASE_PATH")).isEqualTo("s3://b/p");
    assertThat(c.healthCheck()).isNull();
    assertThat(td.networkMode()).isEqualTo("host");

    ContainerDefinition training = build(TaskRequest.builder("trn1.32xlarge").preset("training").efa(2)
        .ulimit(Ulimit.parse("memlock=1024:2048")).shmSize(512).healthCheck("test -e /tmp/ok")).taskDefinition().container();
    assertThat(training.linuxParameters().devices()).hasSize(16 + 2);
    assertThat(training.ulimits()).containsExactly(new Ulimit("memlock", 1024, 2048));
    assertThat(training.linuxParameters().sharedMemorySize()).isEqualTo(512);
    assertThat(training.healthCheck().command()).containsExactly("CMD-SHELL", "test -e /tmp/ok");
  }

  @Test
  void presetsNeedTheirModelAndOnlyPresetsTakeOne() {
    assertThatThrownBy(() -> build(TaskRequest.builder("inf1.xlarge").preset("tf-serving")))
        .hasMessageStartingWith("the tf-serving preset needs --model");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").preset("vllm")))
        .hasMessageStartingWith("the vllm preset needs --model");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf2.xlarge").model("x")))
        .hasMessageStartingWith("--model is used by a preset");
    assertThatThrownBy(() -> build(TaskRequest.builder("trn1.2xlarge").preset("training").model("x")))
        .hasMessageStartingWith("--model is for the tf-serving and vllm presets");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf1.xlarge").preset("tf-serving").model("s3://bucket")))
        .hasMessageContaining("is not s3://BUCKET/PATH/NAME");
    assertThatThrownBy(() -> build(TaskRequest.builder("inf1.xlarge").preset("tfserving")))
        .hasMessageContaining("did you mean tf-serving?");
  }
}
