package dev.neuronecs.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.render.JsonReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

class SdkTreeTest {
  /** Members gen never writes, nested at every depth, each of a different SDK type. */
  static final String RICH =
      """
      {
        "family": "rich",
        "taskRoleArn": "arn:aws:iam::123456789012:role/task",
        "networkMode": "awsvpc",
        "requiresCompatibilities": ["EC2"],
        "cpu": "1024",
        "memory": "2048",
        "ipcMode": "task",
        "pidMode": "task",
        "enableFaultInjection": false,
        "runtimePlatform": {"cpuArchitecture": "X86_64", "operatingSystemFamily": "LINUX"},
        "volumes": [
          {"name": "models", "host": {"sourcePath": "/opt/models"}},
          {"name": "efs", "efsVolumeConfiguration": {"fileSystemId": "fs-1", "transitEncryption": "ENABLED", "authorizationConfig": {"iam": "ENABLED"}}},
          {"name": "docker", "dockerVolumeConfiguration": {"scope": "shared", "autoprovision": true, "driver": "local", "driverOpts": {"type": "tmpfs"}, "labels": {"a": "b"}}}
        ],
        "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type == inf2.xlarge"}],
        "containerDefinitions": [
          {
            "name": "web",
            "image": "repo/web:1",
            "cpu": 512,
            "memory": 1024,
            "memoryReservation": 512,
            "essential": true,
            "entryPoint": ["/bin/sh", "-c"],
            "command": ["serve --port 8080"],
            "workingDirectory": "/app",
            "environment": [{"name": "A", "value": "1"}],
            "environmentFiles": [{"value": "arn:aws:s3:::bucket/env", "type": "s3"}],
            "secrets": [{"name": "TOKEN", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/token"}],
            "portMappings": [{"containerPort": 8080, "hostPort": 8080, "protocol": "tcp", "name": "http", "appProtocol": "http"}],
            "mountPoints": [{"sourceVolume": "models", "containerPath": "/models", "readOnly": true}],
            "volumesFrom": [{"sourceContainer": "sidecar", "readOnly": true}],
            "dependsOn": [{"containerName": "sidecar", "condition": "HEALTHY"}],
            "linuxParameters": {
              "capabilities": {"add": ["IPC_LOCK"], "drop": ["NET_RAW"]},
              "devices": [{"hostPath": "/dev/neuron0", "containerPath": "/dev/neuron0", "permissions": ["read", "write"]}],
              "initProcessEnabled": true,
              "sharedMemorySize": 2048,
              "tmpfs": [{"containerPath": "/tmp", "size": 64, "mountOptions": ["rw"]}]
            },
            "ulimits": [{"name": "memlock", "softLimit": -1, "hardLimit": -1}],
            "healthCheck": {"command": ["CMD-SHELL", "curl -f localhost:8080"], "interval": 10, "timeout": 2, "retries": 5, "startPeriod": 60},
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web"}, "secretOptions": [{"name": "k", "valueFrom": "arn:x"}]},
            "dockerLabels": {"team": "ml"},
            "systemControls": [{"namespace": "net.core.somaxconn", "value": "1024"}],
            "resourceRequirements": [{"type": "GPU", "value": "1"}],
            "startTimeout": 30,
            "stopTimeout": 60,
            "readonlyRootFilesystem": true,
            "user": "1000:1000",
            "restartPolicy": {"enabled": true, "ignoredExitCodes": [0], "restartAttemptPeriod": 300}
          },
          {"name": "sidecar", "image": "busybox", "essential": false, "memory": 64}
        ],
        "tags": [{"key": "team", "value": "ml"}]
      }
      """;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) {
    return (Map<String, Object>) JsonReader.read(text, "test");
  }

  @Test
  void anyMemberOfTheModelRoundTrips() {
    Map<String, Object> doc = json(RICH);
    RegisterTaskDefinitionRequest.Builder builder = RegisterTaskDefinitionRequest.builder();
    SdkTree.fill(builder, doc, "");
    RegisterTaskDefinitionRequest request = builder.build();
    assertThat(request.containerDefinitions().get(0).linuxParameters().tmpfs().get(0).size()).isEqualTo(64);
    assertThat(request.volumes().get(2).dockerVolumeConfiguration().driverOpts()).containsEntry("type", "tmpfs");
    assertThat(request.containerDefinitions().get(0).healthCheck().startPeriod()).isEqualTo(60);
    // Integers from the JSON reader and from the SDK compare alike after normalization:
    assertThat(dev.neuronecs.taskdef.Normalizer.normalize(SdkTree.tree(request)))
        .isEqualTo(dev.neuronecs.taskdef.Normalizer.normalize(doc));
  }

  @Test
  void checkedKeepsEveryKey() {
    Map<String, Object> checked = EcsTaskDefinitions.checked(json(RICH));
    assertThat(checked.keySet()).containsAll(json(RICH).keySet());
  }

  @Test
  void unknownKeyIsBadInputThatNamesItAndSuggests() {
    Map<String, Object> doc = json("{\"family\": \"f\", \"containerDefinitions\": [{\"name\": \"c\", \"linuxParamters\": {}}]}");
    assertThatThrownBy(() -> EcsTaskDefinitions.checked(doc))
        .isInstanceOfSatisfying(NeuronEcsException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining("unknown key 'containerDefinitions[0].linuxParamters'")
        .hasMessageContaining("did you mean linuxParameters");
  }

  @Test
  void wrongTypesAreBadInput() {
    assertThatThrownBy(() -> EcsTaskDefinitions.checked(json("{\"family\": \"f\", \"containerDefinitions\": [{\"name\": \"c\", \"memory\": \"512\"}]}")))
        .hasMessageContaining("'containerDefinitions[0].memory' must be a whole number, not \"512\"");
    assertThatThrownBy(() -> EcsTaskDefinitions.checked(json("{\"family\": \"f\", \"containerDefinitions\": {}}")))
        .hasMessageContaining("'containerDefinitions' must be a list");
    assertThatThrownBy(() -> EcsTaskDefinitions.checked(json("{\"family\": \"f\", \"containerDefinitions\": [{\"essential\": \"yes\"}]}")))
        .hasMessageContaining("must be true or false");
    assertThatThrownBy(() -> EcsTaskDefinitions.checked(json("{\"family\": \"f\", \"containerDefinitions\": [{\"memory\": 1.5}]}")))
        .hasMessageContaining("must be a whole number");
  }

  @Test
  void numbersWhereEcsWantsStringsAreTaken() {
    Map<String, Object> checked = EcsTaskDefinitions.checked(json("{\"family\": \"f\", \"cpu\": 1024, \"memory\": 2048}"));
    assertThat(checked).containsEntry("cpu", "1024").containsEntry("memory", "2048");
  }
}
