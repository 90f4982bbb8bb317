package dev.neuronecs.taskdef;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user asked for, before any default is applied: null means "not given". The builder
 * turns it into a {@link TaskDefinition}.
 *
 * @param preset a workload preset name (tf-serving, vllm, training), or null
 * @param model the model a preset serves (an S3 URI for tf-serving, a model id or path for vllm)
 * @param efa EFA interfaces to map; {@link #EFA_ALL} for the instance's maximum
 * @param mode "ec2" (devices mapped) or "managed" (ECS Managed Instances, NeuronDevice=ALL)
 * @param healthCheck a shell command for the container health check, or "none" for no check
 */
public record TaskRequest(
    String instanceType,
    String image,
    String family,
    String containerName,
    Integer chips,
    Integer firstChip,
    Integer cpu,
    Integer memory,
    List<KeyValue> environment,
    List<PortMapping> ports,
    String networkMode,
    String executionRoleArn,
    String taskRoleArn,
    String logGroup,
    String region,
    List<String> command,
    List<String> entryPoint,
    String preset,
    String model,
    Integer efa,
    String mode,
    List<Secret> secrets,
    List<KeyValue> tags,
    Integer shmSize,
    List<Ulimit> ulimits,
    String healthCheck) {

  /** {@code efa} value meaning "as many EFA interfaces as the instance can have". */
  public static final int EFA_ALL = -1;

  public TaskRequest {
    environment = List.copyOf(environment);
    ports = List.copyOf(ports);
    command = command == null ? null : List.copyOf(command);
    entryPoint = entryPoint == null ? null : List.copyOf(entryPoint);
    secrets = List.copyOf(secrets);
    tags = List.copyOf(tags);
    ulimits = List.copyOf(ulimits);
  }

  public static Builder builder(String instanceType) {
    return new Builder().instanceType(instanceType);
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.instanceType = instanceType;
    b.image = image;
    b.family = family;
    b.containerName = containerName;
    b.chips = chips;
    b.firstChip = firstChip;
    b.cpu = cpu;
    b.memory = memory;
    b.environment.addAll(environment);
    b.ports.addAll(ports);
    b.networkMode = networkMode;
    b.executionRoleArn = executionRoleArn;
    b.taskRoleArn = taskRoleArn;
    b.logGroup = logGroup;
    b.region = region;
    b.command = command;
    b.entryPoint = entryPoint;
    b.preset = preset;
    b.model = model;
    b.efa = efa;
    b.mode = mode;
    b.secrets.addAll(secrets);
    b.tags.addAll(tags);
    b.shmSize = shmSize;
    b.ulimits.addAll(ulimits);
    b.healthCheck = healthCheck;
    return b;
  }

  /** A fluent builder, so that commands, presets and plans can fill in what they know. */
  public static final class Builder {
    private String instanceType;
    private String image;
    private String family;
    private String containerName;
    private Integer chips;
    private Integer firstChip;
    private Integer cpu;
    private Integer memory;
    private final List<KeyValue> environment = new ArrayList<>();
    private final List<PortMapping> ports = new ArrayList<>();
    private String networkMode;
    private String executionRoleArn;
    private String taskRoleArn;
    private String logGroup;
    private String region;
    private List<String> command;
    private List<String> entryPoint;
    private String preset;
    private String model;
    private Integer efa;
    private String mode;
    private final List<Secret> secrets = new ArrayList<>();
    private final List<KeyValue> tags = new ArrayList<>();
    private Integer shmSize;
    private final List<Ulimit> ulimits = new ArrayList<>();
    private String healthCheck;

    public Builder instanceType(String value) {
      instanceType = value;
      return this;
    }

    public Builder image(String value) {
      image = value;
      return this;
    }

    public Builder family(String value) {
      family = value;
      return this;
    }

    public Builder containerName(String value) {
      containerName = value;
      return this;
    }

    public Builder chips(Integer value) {
      chips = value;
      return this;
    }

    public Builder firstChip(Integer value) {
      firstChip = value;
      return this;
    }

    public Builder cpu(Integer value) {
      cpu = value;
      return this;
    }

    public Builder memory(Integer value) {
      memory = value;
      return this;
    }

    public Builder env(KeyValue value) {
      environment.add(value);
      return this;
    }

    public Builder port(PortMapping value) {
      ports.add(value);
      return this;
    }

    public Builder clearPorts() {
      ports.clear();
      return this;
    }

    public Builder networkMode(String value) {
      networkMode = value;
      return this;
    }

    public Builder executionRoleArn(String value) {
      executionRoleArn = value;
      return this;
    }

    public Builder taskRoleArn(String value) {
      taskRoleArn = value;
      return this;
    }

    public Builder logGroup(String value) {
      logGroup = value;
      return this;
    }

    public Builder region(String value) {
      region = value;
      return this;
    }

    public Builder command(List<String> value) {
      command = value;
      return this;
    }

    public Builder entryPoint(List<String> value) {
      entryPoint = value;
      return this;
    }

    public Builder preset(String value) {
      preset = value;
      return this;
    }

    public Builder model(String value) {
      model = value;
      return this;
    }

    public Builder efa(Integer value) {
      efa = value;
      return this;
    }

    public Builder mode(String value) {
      mode = value;
      return this;
    }

    public Builder secret(Secret value) {
      secrets.add(value);
      return this;
    }

    public Builder tag(KeyValue value) {
      tags.add(value);
      return this;
    }

    public Builder shmSize(Integer value) {
      shmSize = value;
      return this;
    }

    public Builder ulimit(Ulimit value) {
      ulimits.add(value);
      return this;
    }

    public Builder healthCheck(String value) {
      healthCheck = value;
      return this;
    }

    public TaskRequest build() {
      return new TaskRequest(
          instanceType,
          image,
          family,
          containerName,
          chips,
          firstChip,
          cpu,
          memory,
          environment,
          ports,
          networkMode,
          executionRoleArn,
          taskRoleArn,
          logGroup,
          region,
          command,
          entryPoint,
          preset,
          model,
          efa,
          mode,
          secrets,
          tags,
          shmSize,
          ulimits,
          healthCheck);
    }
  }
}
