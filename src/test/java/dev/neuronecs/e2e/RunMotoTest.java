package dev.neuronecs.e2e;

import static dev.neuronecs.testing.CliAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neuronecs.render.JsonReader;
import dev.neuronecs.testing.AwsCli;
import dev.neuronecs.testing.AwsEnv;
import dev.neuronecs.testing.CliResult;
import dev.neuronecs.testing.MotoCli;
import dev.neuronecs.testing.MotoServer;
import dev.neuronecs.testing.Tree;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * run against moto_server. Moto's RunTask needs a cluster with a registered container instance
 * (backed by an EC2 instance moto knows) and places by container-level memory, so the task
 * definition here sets it; moto ignores placement constraints (the stub test checks we send them).
 */
@ExtendWith(MotoServer.class)
class RunMotoTest {
  private static final String CLUSTER = "run-cluster";
  private static final String TD =
      "{\"family\": \"run-td\", \"requiresCompatibilities\": [\"EC2\"],"
          + " \"placementConstraints\": [{\"type\": \"memberOf\", \"expression\": \"attribute:ecs.instance-type == inf2.xlarge\"}],"
          + " \"containerDefinitions\": [{\"name\": \"c\", \"image\": \"repo/app:1\", \"memory\": 512,"
          + " \"linuxParameters\": {\"devices\": [{\"hostPath\": \"/dev/neuron0\", \"containerPath\": \"/dev/neuron0\", \"permissions\": [\"read\", \"write\"]}]}}]}";

  AwsCli aws;

  @BeforeEach
  void cluster(MotoServer moto) {
    aws = AwsCli.against(moto, "us-east-1");
    CliResult clusters = aws.run("ecs", "list-container-instances", "--cluster", CLUSTER);
    if (clusters.exitCode() == 0 && !Tree.list(JsonReader.read(clusters.out(), "list"), "containerInstanceArns").isEmpty()) {
      return;
    }
    assertThatRun(aws.run("ecs", "create-cluster", "--cluster-name", CLUSTER)).succeeded();
    CliResult ec2 = aws.run("ec2", "run-instances", "--image-id", "ami-12c6146b", "--instance-type", "inf2.xlarge", "--count", "1");
    assertThatRun(ec2).succeeded();
    String instanceId = Tree.string(JsonReader.read(ec2.out(), "ec2"), "Instances.0.InstanceId");
    assertThatRun(aws.run("ecs", "register-container-instance", "--cluster", CLUSTER,
        "--instance-identity-document", "{\"instanceId\": \"" + instanceId + "\"}")).succeeded();
    assertThatRun(MotoCli.run(moto, AwsEnv.withRegion("us-east-1"), TD, "register", "--file", "-")).succeeded();
  }

  private List<Object> taskArns() {
    CliResult listed = aws.run("ecs", "list-tasks", "--cluster", CLUSTER);
    assertThatRun(listed).succeeded();
    return Tree.list(JsonReader.read(listed.out(), "list"), "taskArns");
  }

  @Test
  void startsTheTask(MotoServer moto) {
    int before = taskArns().size();
    CliResult r = MotoCli.run(moto, "run", "--cluster", CLUSTER, "--task-definition", "run-td");
    assertThatRun(r).succeeded();
    Map<String, Object> result = assertThatRun(r).stdoutJsonObject();
    assertThat(result).containsEntry("action", "started").containsEntry("cluster", CLUSTER)
        .containsEntry("taskDefinitionArn", "arn:aws:ecs:us-east-1:123456789012:task-definition/run-td:1");
    String taskArn = Tree.string(result, "tasks.0.taskArn");
    assertThat(taskArns()).hasSize(before + 1).contains(taskArn);
    CliResult described = aws.run("ecs", "describe-tasks", "--cluster", CLUSTER, "--tasks", taskArn);
    assertThat(Tree.string(JsonReader.read(described.out(), "describe"), "tasks.0.taskDefinitionArn")).endsWith("task-definition/run-td:1");
    assertThat(Tree.string(JsonReader.read(described.out(), "describe"), "tasks.0.startedBy")).isEqualTo("neuron-ecs");
  }

  @Test
  void printCliPrintsACommandTheAwsCliRuns(MotoServer moto) {
    int before = taskArns().size();
    CliResult r = MotoCli.run(moto, "run", "--cluster", CLUSTER, "--task-definition", "run-td:1", "--print-cli");
    assertThatRun(r).succeeded();
    assertThat(r.out()).isEqualTo("aws ecs run-task --cluster run-cluster --task-definition run-td:1 --count 1 --started-by neuron-ecs"
        + " --placement-constraints '[{\"type\": \"memberOf\", \"expression\": \"attribute:ecs.instance-type == inf2.xlarge\"}]'"
        + " --region us-east-1 --endpoint-url " + moto.endpoint() + "\n");
    assertThat(taskArns()).as("--print-cli starts nothing").hasSize(before);
    CliResult pasted = aws.shell(r.out().trim());
    assertThatRun(pasted).succeeded();
    assertThat(taskArns()).hasSize(before + 1);
  }

  @Test
  void anUnknownFamilyIsOneLine(MotoServer moto) {
    CliResult r = MotoCli.run(moto, "run", "--cluster", CLUSTER, "--task-definition", "no-such-family");
    assertThatRun(r).exitedWith(1).stderrContains("neuron-ecs: error: task definition 'no-such-family' not found");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownClusterIsOneLine(MotoServer moto) {
    CliResult r = MotoCli.run(moto, "run", "--cluster", "no-such-cluster", "--task-definition", "run-td");
    assertThatRun(r).exitedWith(1).stderrContains("neuron-ecs: error: cluster 'no-such-cluster' not found");
    assertThat(r.err().lines()).hasSize(1);
  }
}
