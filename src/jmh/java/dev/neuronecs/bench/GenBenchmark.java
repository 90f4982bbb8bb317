package dev.neuronecs.bench;

import dev.neuronecs.catalog.Catalog;
import dev.neuronecs.render.Json;
import dev.neuronecs.render.Yaml;
import dev.neuronecs.taskdef.KeyValue;
import dev.neuronecs.taskdef.PortMapping;
import dev.neuronecs.taskdef.TaskDefinition;
import dev.neuronecs.taskdef.TaskDefinitionBuilder;
import dev.neuronecs.taskdef.TaskDefinitionTree;
import dev.neuronecs.taskdef.TaskRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** In-process cost of building and writing a task definition, without the JVM's start-up. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class GenBenchmark {
  @Param({"inf2.24xlarge", "trn2.48xlarge"})
  String instance;

  private TaskDefinitionBuilder builder;
  private TaskRequest request;
  private TaskDefinition built;

  @Setup
  public void setUp() {
    builder = new TaskDefinitionBuilder(Catalog.builtIn());
    request =
        TaskRequest.builder(instance)
            .image("public.ecr.aws/neuron/app:1")
            .port(PortMapping.parse("8080"))
            .env(new KeyValue("MODE", "bench"))
            .build();
    built = builder.build(request).taskDefinition();
  }

  @Benchmark
  public TaskDefinition build() {
    return builder.build(request).taskDefinition();
  }

  @Benchmark
  public String buildAndWriteJson() {
    return Json.write(TaskDefinitionTree.of(builder.build(request).taskDefinition()));
  }

  @Benchmark
  public String writeJson() {
    return Json.write(TaskDefinitionTree.of(built));
  }

  @Benchmark
  public String writeYaml() {
    return Yaml.write(TaskDefinitionTree.of(built));
  }
}
