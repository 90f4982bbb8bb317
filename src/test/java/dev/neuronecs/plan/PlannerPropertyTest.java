package dev.neuronecs.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.catalog.InstanceType;
import dev.neuronecs.catalog.Topology;
import dev.neuronecs.render.Json;
import dev.neuronecs.render.PlanView;
import dev.neuronecs.taskdef.ContainerDefinition;
import dev.neuronecs.taskdef.Device;
import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.PlacementConstraint;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.Resources;
import dev.neuronecs.taskdef.TaskDefinition;
import dev.neuronecs.taskdef.TaskDefinitionBuilder;
import dev.neuronecs.taskdef.TaskRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner's promises, checked for every catalog type, every valid split (each chip count a
 * task may take, each even number of tasks) and every network mode, against rules written out
 * here rather than read back from the code under test.
 */
class PlannerPropertyTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  /** NeuronCores per chip as the runtime numbers them by default, from the Neuron docs. */
  private static final Map<String, Integer> CORES_PER_CHIP =
      Map.of("Inferentia", 4, "Inferentia2", 2, "Trainium", 2, "Trainium2", 4);

  /** One split of one instance type, in one network setting. */
  record Case(InstanceType type, Integer chipsPerTask, Integer tasks, String networkMode, List<String> ports, boolean lnc1) {
    @Override
    public String toString() {
      return type.name()
          + (chipsPerTask != null ? " --chips-per-task " + chipsPerTask : " --tasks " + tasks)
          + " --network-mode " + networkMode
          + (ports.isEmpty() ? "" : " --port " + String.join(" --port ", ports))
          + (lnc1 ? " LNC=1" : "");
    }

    int chips() {
      return chipsPerTask != null ? chipsPerTask : type.chips() / tasks;
    }

    PlanRequest request() {
      TaskRequest.Builder b = TaskRequest.builder(type.name()).image("example/app:1").networkMode(networkMode);
      for (String p : ports) {
        b.port(PortMapping.parse(p));
      }
      if (lnc1) {
        b.env(new KeyValue("NEURON_LOGICAL_NC_CONFIG", "1"));
      }
      return new PlanRequest(b.build(), chipsPerTask, tasks, null);
    }
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (InstanceType type : CATALOG.all()) {
      List<Integer[]> splits = new ArrayList<>();
      for (int n = 1; n <= type.chips(); n++) {
        if (validCount(type, n)) {
          splits.add(new Integer[] {n, null});
        }
      }
      for (int k = 1; k <= type.chips(); k++) {
        if (type.chips() % k == 0 && validCount(type, type.chips() / k)) {
          splits.add(new Integer[] {null, k});
        }
      }
      for (Integer[] split : splits) {
        cases.add(new Case(type, split[0], split[1], "bridge", List.of(), false));
        cases.add(new Case(type, split[0], split[1], "bridge", List.of("8080", "9000:9100/udp"), false));
        cases.add(new Case(type, split[0], split[1], "host", List.of("8080", "8500"), false));
        cases.add(new Case(type, split[0], split[1], "awsvpc", List.of("8080"), false));
        if (type.chipFamily().hasLogicalCores()) {
          cases.add(new Case(type, split[0], split[1], "bridge", List.of(), true));
        }
      }
    }
    return cases.stream();
  }

  /** The topology rules, as the Neuron scheduler extension documents them. */
  private static boolean validCount(InstanceType type, int n) {
    return switch (type.topology()) {
      case SINGLE -> n == 1;
      case RING -> n >= 1 && n <= type.chips();
      case TORUS_2D -> n == 1 || n == 4 || n == 8 || n == 16;
      case WHOLE -> n == type.chips();
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void slotsNeverShareAChipAndTogetherFitTheInstance(Case c) {
    Plan plan = new Planner(CATALOG).plan(c.request());
    InstanceType type = c.type();
    int n = c.chips();
    int k = c.lnc1() ? 8 : CORES_PER_CHIP.get(type.chipFamily().chipName());

    assertThat(plan.slots()).as("as many slots as fit").hasSize(type.chips() / n);
    assertThat(plan.unusedChips()).hasSize(type.chips() % n);

    Set<Integer> chipsSeen = new HashSet<>();
    Set<Integer> coresSeen = new HashSet<>();
    Set<String> families = new HashSet<>();
    Set<String> hostPorts = new HashSet<>();
    long cpu = 0;
    long memory = 0;
    for (Slot slot : plan.slots()) {
      TaskDefinition td = slot.taskDefinition();
      ContainerDefinition container = td.container();
      List<Integer> chips = new ArrayList<>();
      for (Device d : container.linuxParameters().devices()) {
        assertThat(d.containerPath()).isEqualTo(d.hostPath());
        chips.add(Integer.parseInt(d.hostPath().substring("/dev/neuron".length())));
      }
      assertThat(chips).as("slot %d maps %d chips", slot.index(), n).hasSize(n);
      int first = chips.get(0);
      for (int i = 0; i < chips.size(); i++) {
        assertThat(chips.get(i)).as("contiguous chips in slot %d", slot.index()).isEqualTo(first + i);
        assertThat(chipsSeen.add(chips.get(i))).as("chip %d is in one slot only", chips.get(i)).isTrue();
      }
      assertThat(chips.get(n - 1)).isLessThan(type.chips());
      if (type.topology() == Topology.TORUS_2D) {
        assertThat(first % n).as("torus ranges start on a multiple of their size").isZero();
      }
      assertThat(slot.range().first()).isEqualTo(first);

      String visible = container.env(TaskDefinitionBuilder.VISIBLE_CORES);
      if (n == type.chips()) {
        assertThat(visible).as("all chips: the runtime takes every core").isNull();
      } else {
        int a = first * k;
        int b = (first + n) * k - 1;
        assertThat(visible).isEqualTo(a == b ? Integer.toString(a) : a + "-" + b);
        for (int core = a; core <= b; core++) {
          assertThat(coresSeen.add(core)).as("core %d is in one slot only", core).isTrue();
        }
        assertThat(b).isLessThan(type.chips() * k);
      }
      assertThat(slot.visibleCores()).isEqualTo(first * k == (first + n) * k - 1
          ? Integer.toString(first * k) : first * k + "-" + ((first + n) * k - 1));

      assertThat(families.add(td.family())).as("family %s is unique", td.family()).isTrue();
      assertThat(td.family()).matches("[A-Za-z0-9_-]{1,255}").startsWith("neuron-" + type.name().replace('.', '-'));
      assertThat(td.placementConstraints())
          .containsExactly(new PlacementConstraint("memberOf", "attribute:ecs.instance-type == " + type.name()));
      assertThat(container.linuxParameters().capabilitiesAdd()).containsExactly("IPC_LOCK");

      int slotCpu = Integer.parseInt(td.cpu());
      assertThat(slotCpu).isGreaterThanOrEqualTo(Resources.MIN_CPU);
      cpu += slotCpu;
      memory += Integer.parseInt(td.memory());

      checkPorts(c, slot, hostPorts);
    }
    assertThat(cpu).as("CPU of all slots").isLessThanOrEqualTo(Math.min(type.vcpus() * 1024L, 196608));
    assertThat(memory).as("memory of all slots").isLessThanOrEqualTo(type.memoryMiB() * 95L / 100);
    assertThat(plan.totalCpu()).isEqualTo(cpu);
  }

  private static void checkPorts(Case c, Slot slot, Set<String> hostPorts) {
    List<PortMapping> ports = slot.taskDefinition().container().portMappings();
    if (c.networkMode().equals("awsvpc")) {
      assertThat(ports).extracting(PortMapping::containerPort).containsExactly(8080);
      return;
    }
    assertThat(ports).as("every slot reserves a static host port").isNotEmpty();
    for (PortMapping p : ports) {
      assertThat(p.hostPort()).as("static host port").isNotNull();
      assertThat(hostPorts.add(p.hostPort() + "/" + p.protocol()))
          .as("host port %s/%s belongs to one slot", p.hostPort(), p.protocol())
          .isTrue();
      if (c.networkMode().equals("host")) {
        assertThat(p.containerPort()).isEqualTo(p.hostPort());
      }
    }
    if (c.ports().isEmpty()) {
      assertThat(ports).containsExactly(new PortMapping(31000 + slot.index(), 31000 + slot.index(), "tcp"));
    } else if (c.networkMode().equals("bridge")) {
      assertThat(ports)
          .containsExactly(
              new PortMapping(8080, 8080 + slot.index(), "tcp"), new PortMapping(9000, 9100 + slot.index(), "udp"));
    } else {
      assertThat(slot.taskDefinition().container().env("PORT")).isEqualTo(Integer.toString(8080 + slot.index()));
      assertThat(slot.taskDefinition().container().env("PORT_8500")).isEqualTo(Integer.toString(8500 + slot.index()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameInputSamePlanAndGenAgrees(Case c) {
    Plan once = new Planner(CATALOG).plan(c.request());
    Plan twice = new Planner(CATALOG).plan(c.request());
    assertThat(Json.write(PlanView.taskDefinitions(twice))).isEqualTo(Json.write(PlanView.taskDefinitions(once)));

    TaskDefinitionBuilder gen = new TaskDefinitionBuilder(CATALOG);
    for (Slot slot : once.slots()) {
      TaskRequest asGen =
          c.request().task().toBuilder().chips(slot.range().count()).firstChip(slot.range().first()).build();
      ContainerDefinition genContainer = gen.build(asGen).taskDefinition().container();
      ContainerDefinition planContainer = slot.taskDefinition().container();
      assertThat(planContainer.linuxParameters()).as("gen --chips/--first-chip maps the same devices").isEqualTo(genContainer.linuxParameters());
      assertThat(planContainer.env(TaskDefinitionBuilder.VISIBLE_CORES)).isEqualTo(genContainer.env(TaskDefinitionBuilder.VISIBLE_CORES));
      assertThat(slot.family()).isEqualTo(gen.build(asGen).taskDefinition().family());
    }
  }
}
