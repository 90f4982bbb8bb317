package dev.neuronecs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.ChipFamily;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.plan.Plan;
import dev.neuronecs.plan.PlanRequest;
import dev.neuronecs.plan.Planner;
import dev.neuronecs.plan.Slot;
import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.Secret;
import dev.neuronecs.taskdef.TaskDefinitionTree;
import dev.neuronecs.taskdef.TaskRequest;
import dev.neuronecs.taskdef.Ulimit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Everything gen's workload options and plan produce validates with no finding at all. */
class WorkloadAndPlanOutputTest {
  private static final Validator VALIDATOR = Validator.builtIn();

  static Stream<Arguments> workloads() {
    List<Arguments> out = new ArrayList<>();
    for (InstanceType t : Catalog.builtIn().all()) {
      ChipFamily chip = t.chipFamily();
      String n = t.name();
      if (chip == ChipFamily.INFERENTIA) {
        out.add(Arguments.of(n, "tf-serving", TaskRequest.builder(n).preset("tf-serving").model("s3://b/models/resnet50_neuron")));
      } else {
        out.add(Arguments.of(n, "vllm", TaskRequest.builder(n).preset("vllm").model("meta-llama/Llama-3.1-8B-Instruct")));
        out.add(Arguments.of(n, "managed", TaskRequest.builder(n).mode("managed").port(PortMapping.parse("8080"))));
      }
      if (chip == ChipFamily.TRAINIUM || chip == ChipFamily.TRAINIUM2) {
        out.add(Arguments.of(n, "training", TaskRequest.builder(n).preset("training").command(List.of("torchrun", "train.py"))));
      }
      if (t.maxEfaInterfaces() > 0) {
        out.add(Arguments.of(n, "efa", TaskRequest.builder(n).efa(TaskRequest.EFA_ALL)));
      }
      out.add(Arguments.of(n, "secrets, tags, limits", TaskRequest.builder(n)
          .secret(Secret.parse("HF_TOKEN=arn:aws:secretsmanager:us-east-1:123456789012:secret:hf"))
          .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
          .tag(new KeyValue("team", "ml")).ulimit(Ulimit.parse("nofile=65536")).shmSize(1024).healthCheck("test -e /tmp/ready")));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("workloads")
  void workloadOutputIsClean(String type, String what, TaskRequest.Builder request) {
    var td = TaskDefinitionTree.of(new dev.neuronecs.taskdef.TaskDefinitionBuilder(Catalog.builtIn()).build(request.build()).taskDefinition());
    assertThat(VALIDATOR.validate(td).findings()).isEmpty();
  }

  static Stream<Arguments> plans() {
    List<Arguments> out = new ArrayList<>();
    for (InstanceType t : Catalog.builtIn().all()) {
      for (int tasks : t.topology().evenTaskCounts(t.chips())) {
        out.add(Arguments.of(t.name(), tasks, "bridge"));
        out.add(Arguments.of(t.name(), tasks, "host"));
        out.add(Arguments.of(t.name(), tasks, "awsvpc"));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in {1} tasks, {2}")
  @MethodSource("plans")
  void everySlotOfEveryPlanIsClean(String type, int tasks, String networkMode) {
    TaskRequest request = TaskRequest.builder(type).networkMode(networkMode).port(PortMapping.parse("8080")).build();
    Plan plan = new Planner(Catalog.builtIn()).plan(new PlanRequest(request, null, tasks, null));
    for (Slot slot : plan.slots()) {
      assertThat(VALIDATOR.validate(TaskDefinitionTree.of(slot.taskDefinition())).findings())
          .as("slot %d", slot.index()).isEmpty();
    }
  }
}
