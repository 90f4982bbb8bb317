package dev.neuronecs.e2e;

/** A hand-written task definition with much that gen never writes, for round trips through moto. */
final class RichDefinition {
  private RichDefinition() {}

  static final String JSON =
      """
      {
        "family": "reg-rich",
        "taskRoleArn": "arn:aws:iam::123456789012:role/task",
        "executionRoleArn": "arn:aws:iam::123456789012:role/exec",
        "networkMode": "awsvpc",
        "requiresCompatibilities": ["EC2"],
        "cpu": "1 vCPU",
        "memory": "2 GB",
        "volumes": [
          {"name": "models", "host": {"sourcePath": "/opt/models"}},
          {"name": "scratch"},
          {"name": "efs", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678"}}
        ],
        "placementConstraints": [
          {"type": "memberOf", "expression": "attribute:ecs.os-type == linux"},
          {"type": "memberOf", "expression": "attribute:ecs.instance-type == inf2.xlarge"}
        ],
        "containerDefinitions": [
          {
            "name": "sidecar",
            "image": "busybox:1.36",
            "essential": false,
            "memory": 64,
            "command": ["sh", "-c", "sleep 3600"],
            "dependsOn": [{"containerName": "web", "condition": "START"}]
          },
          {
            "name": "web",
            "image": "public.ecr.aws/neuron/pytorch-inference-neuronx:2.9.0",
            "memory": 512,
            "memoryReservation": 256,
            "portMappings": [{"containerPort": 8080}, {"containerPort": 8443, "protocol": "tcp"}],
            "environment": [{"name": "B", "value": "2"}, {"name": "A", "value": "1"}],
            "secrets": [{"name": "TOKEN", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/token"}],
            "mountPoints": [{"sourceVolume": "models", "containerPath": "/models", "readOnly": true}, {"sourceVolume": "scratch", "containerPath": "/scratch"}],
            "ulimits": [{"name": "nofile", "softLimit": 65536, "hardLimit": 65536}, {"name": "memlock", "softLimit": -1, "hardLimit": -1}],
            "linuxParameters": {
              "capabilities": {"add": ["SYS_PTRACE", "IPC_LOCK"]},
              "devices": [{"hostPath": "/dev/neuron0", "containerPath": "/dev/neuron0", "permissions": ["write", "read"]}],
              "sharedMemorySize": 1024,
              "initProcessEnabled": true
            },
            "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"]},
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/rich", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}},
            "dockerLabels": {"team": "ml", "app": "web"},
            "readonlyRootFilesystem": false,
            "stopTimeout": 30
          }
        ],
        "tags": [{"key": "team", "value": "ml"}, {"key": "app", "value": "rich"}]
      }
      """;
}
