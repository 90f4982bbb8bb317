package dev.neuronecs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.TaskRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannerTest {
  private final Planner planner = new Planner(Catalog.builtIn());

  private Plan plan(TaskRequest.Builder task, Integer chipsPerTask, Integer tasks) {
    return planner.plan(new PlanRequest(task.build(), chipsPerTask, tasks, null));
  }

  private static TaskRequest.Builder on(String type) {
    return TaskRequest.builder(type).image("example/app:1");
  }

  @Test
  void inf2FortyEightSplitsIntoSixPairsOfChips() {
    Plan plan = plan(on("inf2.48xlarge"), null, 6);
    assertThat(plan.chipsPerTask()).isEqualTo(2);
    assertThat(plan.slots()).extracting(Slot::family)
        .containsExactly(
            "neuron-inf2-48xlarge-chips0-1",
            "neuron-inf2-48xlarge-chips2-3",
            "neuron-inf2-48xlarge-chips4-5",
            "neuron-inf2-48xlarge-chips6-7",
            "neuron-inf2-48xlarge-chips8-9",
            "neuron-inf2-48xlarge-chips10-11");
    Slot third = plan.slots().get(2);
    assertThat(third.devices()).containsExactly("/dev/neuron4", "/dev/neuron5");
    assertThat(third.taskDefinition().container().env("NEURON_RT_VISIBLE_CORES")).isEqualTo("8-11");
    // 192 vCPUs (capped at ECS's 196608-unit task limit) and 90% of 768 GiB, in sixths
    assertThat(third.cpu()).isEqualTo(32768);
    assertThat(third.memory()).isEqualTo(786432 * 90 / 100 / 6);
    assertThat(third.hostPorts()).containsExactly("31002/tcp");
    assertThat(plan.separation()).isEqualTo(Separation.GUARD_PORT);
    assertThat(plan.notes()).isEmpty();
  }

  @Test
  void trn1FourByFourTakesAlignedGroupsOfFour() {
    Plan plan = plan(on("trn1.32xlarge"), 4, null);
    assertThat(plan.slots()).extracting(s -> s.range().first()).containsExactly(0, 4, 8, 12);
    assertThat(plan.slots()).extracting(Slot::visibleCores).containsExactly("0-7", "8-15", "16-23", "24-31");
    assertThat(plan.totalCpu()).isEqualTo(128 * 1024);
  }

  @Test
  void trn2NumbersLogicalCoresUnlessLncIsOne() {
    Plan lnc2 = plan(on("trn2.48xlarge"), null, 2);
    assertThat(lnc2.slots()).extracting(Slot::visibleCores).containsExactly("0-31", "32-63");
    Plan lnc1 = plan(on("trn2.48xlarge").env(new KeyValue("NEURON_LOGICAL_NC_CONFIG", "1")), null, 2);
    assertThat(lnc1.coresPerChip()).isEqualTo(8);
    assertThat(lnc1.slots().get(1).taskDefinition().container().env("NEURON_RT_VISIBLE_CORES")).isEqualTo("64-127");
  }

  @Test
  void oneTaskIsTheWholeInstanceAndStillGuarded() {
    Plan plan = plan(on("inf2.24xlarge"), null, 1);
    Slot slot = plan.slots().get(0);
    assertThat(slot.family()).isEqualTo("neuron-inf2-24xlarge");
    assertThat(slot.taskDefinition().container().env("NEURON_RT_VISIBLE_CORES")).isNull();
    assertThat(slot.hostPorts()).containsExactly("31000/tcp");
  }

  @Test
  void chipsThatDoNotDivideStayUnusedWithANote() {
    Plan plan = plan(on("inf2.24xlarge"), 4, null);
    assertThat(plan.slots()).hasSize(1);
    assertThat(plan.unusedChips()).containsExactly(4, 5);
    assertThat(plan.notes())
        .containsExactly(
            "chips 4-5 of inf2.24xlarge stay unused: 6 chips do not divide into tasks of 4;"
                + " --chips-per-task 1, 2, 3 or 6 uses every chip");
  }

  @Test
  void givenFamilyGetsTheRangeSuffix() {
    Plan plan = plan(on("inf1.6xlarge").family("serve"), 2, null);
    assertThat(plan.slots()).extracting(Slot::family).containsExactly("serve-chips0-1", "serve-chips2-3");
    Plan single = plan(on("inf1.6xlarge").family("serve"), 1, null);
    assertThat(single.slots()).extracting(Slot::family).containsExactly("serve-chip0", "serve-chip1", "serve-chip2", "serve-chip3");
  }

  @Test
  void bridgePortsKeepTheirContainerPortAndShiftTheHostPort() {
    Plan plan = plan(on("inf2.24xlarge").port(PortMapping.parse("8080")).port(PortMapping.parse("9000:9400")), null, 3);
    assertThat(plan.separation()).isEqualTo(Separation.USER_PORTS);
    assertThat(plan.slots().get(2).taskDefinition().container().portMappings())
        .containsExactly(new PortMapping(8080, 8082, "tcp"), new PortMapping(9000, 9402, "tcp"));
    assertThat(plan.slots().get(2).taskDefinition().container().env("PORT")).as("bridge: the app is unchanged").isNull();
  }

  @Test
  void hostModeShiftsTheContainerPortAndTellsTheApp() {
    Plan plan = plan(on("inf2.24xlarge").networkMode("host").port(PortMapping.parse("8080")), null, 3);
    assertThat(plan.slots().get(1).taskDefinition().container().portMappings())
        .containsExactly(new PortMapping(8081, 8081, "tcp"));
    assertThat(plan.slots().get(1).taskDefinition().container().env("PORT")).isEqualTo("8081");
    assertThat(plan.slots().get(1).taskDefinition().container().env("PORT_8080")).as("one port: PORT only").isNull();
  }

  @Test
  void awsvpcKeepsPortsAndSaysWhatKeepsSlotsApart() {
    Plan plan = plan(on("inf2.24xlarge").networkMode("awsvpc").port(PortMapping.parse("8080")), null, 2);
    assertThat(plan.separation()).isEqualTo(Separation.PLACEMENT_ONLY);
    assertThat(plan.slots()).allSatisfy(s ->
        assertThat(s.taskDefinition().container().portMappings()).containsExactly(new PortMapping(8080, 8080, "tcp")));
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("awsvpc", "distinctInstance"));
  }

  @Test
  void guardPortBaseMovesTheGuardsAndHighOnesAreNoted() {
    Plan plan = planner.plan(new PlanRequest(on("trn1.32xlarge").build(), 4, null, 40000));
    assertThat(plan.slots()).extracting(s -> s.hostPorts().get(0)).containsExactly("40000/tcp", "40001/tcp", "40002/tcp", "40003/tcp");
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("up to 40003", "ephemeral range"));
    Plan ignored = planner.plan(new PlanRequest(on("trn1.32xlarge").port(PortMapping.parse("8080")).build(), 4, null, 20000));
    assertThat(ignored.notes()).anySatisfy(n -> assertThat(n).startsWith("--guard-port-base has no effect"));
  }

  @ParameterizedTest(name = "{0} {1}/{2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // Inf1
        "inf1.24xlarge | 17 | -  | inf1.24xlarge has 16 Neuron chips; --chips-per-task 17 asks for more than that",
        "inf1.6xlarge  | -  | 3  | inf1.6xlarge's 4 chips split evenly into 1, 2 or 4 tasks (4, 2 or 1 chips each), not 3 (its chips form a ring)",
        "inf1.xlarge   | -  | 2  | inf1.xlarge has a single Neuron chip, so it takes one task (--tasks 1), not 2",
        // Inf2
        "inf2.24xlarge | -  | 4  | inf2.24xlarge's 6 chips split evenly into 1, 2, 3 or 6 tasks (6, 3, 2 or 1 chips each), not 4 (its chips form a ring)",
        "inf2.48xlarge | 0  | -  | --chips-per-task must be at least 1; inf2.48xlarge has 12 Neuron chips",
        "inf2.8xlarge  | 2  | -  | inf2.8xlarge has 1 Neuron chip; --chips-per-task 2 asks for more than that",
        // Trn1
        "trn1.32xlarge | 3  | -  | trn1.32xlarge takes 1, 4, 8 or 16 chips per task, not 3 (its chips form a 2D torus)",
        "trn1n.32xlarge| -  | 8  | trn1n.32xlarge's 16 chips split evenly into 1, 2, 4 or 16 tasks (16, 8, 4 or 1 chips each), not 8 (its chips form a 2D torus)",
        "trn1.2xlarge  | -  | 0  | --tasks must be at least 1, not 0",
        // Trn2
        "trn2.48xlarge | 2  | -  | trn2.48xlarge takes 1, 4, 8 or 16 chips per task, not 2 (its chips form a 2D torus)",
        "trn2u.48xlarge| -  | 3  | trn2u.48xlarge's 16 chips split evenly into 1, 2, 4 or 16 tasks (16, 8, 4 or 1 chips each), not 3 (its chips form a 2D torus)",
        "trn2.3xlarge  | -  | 4  | trn2.3xlarge has a single Neuron chip, so it takes one task (--tasks 1), not 4",
        // neither, both
        "trn2.48xlarge | -  | -  | give --chips-per-task N or --tasks K; trn2.48xlarge takes 1, 4, 8 or 16 chips per task and splits evenly into 1, 2, 4 or 16 tasks",
        "inf2.24xlarge | 2  | 3  | give --chips-per-task or --tasks, not both",
      })
  void invalidSplitsSayWhatWouldWork(String type, Integer chipsPerTask, Integer tasks, String message) {
    assertThatThrownBy(() -> plan(on(type), chipsPerTask, tasks))
        .isInstanceOfSatisfying(NeuronEcsException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageStartingWith(message);
  }

  @Test
  void cpuAndMemoryArePerTaskAndMustFitTogether() {
    Plan fits = plan(on("inf2.24xlarge").cpu(16384).memory(62259), null, 6);
    assertThat(fits.slots()).allSatisfy(s -> assertThat(s.cpu()).isEqualTo(16384));
    assertThat(fits.totalMemory()).isEqualTo(6 * 62259);
    assertThatThrownBy(() -> plan(on("inf2.24xlarge").cpu(16385), null, 6))
        .hasMessage(
            "--cpu is per task: 6 tasks x 16385 = 98310 CPU units, more than inf2.24xlarge has (98304);"
                + " give --cpu 16384 or less");
    assertThatThrownBy(() -> plan(on("inf2.24xlarge").memory(62260), null, 6))
        .hasMessage(
            "--memory is per task: 6 tasks x 62260 = 373560 MiB, more than ECS can give tasks on"
                + " inf2.24xlarge (373555 MiB); give --memory 62259 or less");
  }

  @Test
  void refusesWhatThePlannerSetsPerSlot() {
    assertThatThrownBy(() -> plan(on("inf2.24xlarge").chips(2), null, 3)).hasMessageContaining("plan chooses each slot's chips");
    assertThatThrownBy(() -> plan(on("inf2.24xlarge").firstChip(0), null, 3)).hasMessageContaining("instead of --chips/--first-chip");
    assertThatThrownBy(() -> plan(on("inf2.24xlarge").env(new KeyValue("NEURON_RT_VISIBLE_CORES", "0-1")), null, 3))
        .hasMessage("drop --env NEURON_RT_VISIBLE_CORES: plan sets it to each slot's own NeuronCores");
    assertThatThrownBy(() ->
            plan(on("inf2.24xlarge").networkMode("host").port(PortMapping.parse("80")).env(new KeyValue("PORT", "80")), null, 3))
        .hasMessage("drop --env PORT: in host network mode plan sets PORT to each slot's own port");
    // PORT is the user's own in bridge mode
    assertThat(plan(on("inf2.24xlarge").port(PortMapping.parse("80")).env(new KeyValue("PORT", "80")), null, 3).slots())
        .hasSize(3);
  }

  @Test
  void portsThatWouldCollideAcrossSlotsAreRefused() {
    assertThatThrownBy(() -> plan(on("inf2.24xlarge").port(PortMapping.parse("8080")).port(PortMapping.parse("8083")), null, 6))
        .hasMessage(
            "host port 8083/tcp would serve both slot 0 (--port 8083) and slot 3 (--port 8080); plan adds"
                + " the slot index to every host port, so give ports at least 6 apart");
    // the same number over udp does not collide
    assertThat(plan(on("inf2.24xlarge").port(PortMapping.parse("8080")).port(PortMapping.parse("8081/udp")), null, 6).slots())
        .hasSize(6);
    assertThatThrownBy(() -> plan(on("inf1.24xlarge").port(PortMapping.parse("51670")), 1, null))
        .hasMessageContaining("slot 8 (--port 51670) would take host port 51678, which every ECS instance reserves");
    assertThatThrownBy(() -> plan(on("inf1.24xlarge").port(PortMapping.parse("65530")), 1, null))
        .hasMessage("slot 6 (--port 65530) would need host port 65536, beyond 65535; use a lower port");
    assertThatThrownBy(() -> planner.plan(new PlanRequest(on("inf2.24xlarge").build(), null, 6, 0)))
        .hasMessage("--guard-port-base must be 1 or more, not 0");
  }

  @Test
  void imageNoteAppearsOnceForAllSlots() {
    Plan plan = plan(TaskRequest.builder("inf2.48xlarge"), 1, null);
    assertThat(plan.notes()).singleElement().asString().startsWith("no --image given");
  }

  @Test
  void everyGenRuleStillApplies() {
    assertThatThrownBy(() -> plan(on("inf2.24xlarge").family("a.b"), null, 2))
        .hasMessageContaining("is not a valid ECS name");
    assertThatThrownBy(() -> plan(on("inf2.24xlarge").networkMode("none"), null, 2))
        .hasMessageContaining("--network-mode 'none' is not one of bridge, host, awsvpc");
    assertThatThrownBy(() -> plan(on("inf9.xlarge"), null, 2)).hasMessageContaining("unknown instance type 'inf9.xlarge'");
    assertThatThrownBy(() -> plan(TaskRequest.builder(null), null, 2)).hasMessageContaining("--instance is required");
    assertThat(List.of(plan(on("inf2.24xlarge").logGroup("/ecs/x").region("eu-west-1"), null, 2).slots().get(1)
            .taskDefinition().container().logConfiguration().options().get("awslogs-stream-prefix")))
        .as("each slot logs under its own family")
        .containsExactly("neuron-inf2-24xlarge-chips3-5");
  }
}
