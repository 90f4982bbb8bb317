package dev.neuronecs.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import software.amazon.awssdk.services.ecs.model.PlacementConstraint;
import software.amazon.awssdk.services.ecs.model.RunTaskRequest;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.Task;

/** Starts tasks with RunTask. */
public final class EcsTasks {
  private final AwsClients clients;

  public EcsTasks(AwsClients clients) {
    this.clients = clients;
  }

  public RunOutcome run(TaskRun run) {
    RunTaskRequest.Builder request =
        RunTaskRequest.builder()
            .cluster(run.cluster())
            .taskDefinition(run.taskDefinition())
            .count(run.count())
            .startedBy("neuron-ecs")
            .placementConstraints(constraints(run.placementConstraints()));
    if (!run.subnets().isEmpty()) {
      request.networkConfiguration(
          NetworkConfiguration.builder()
              .awsvpcConfiguration(
                  AwsVpcConfiguration.builder()
                      .subnets(run.subnets())
                      .securityGroups(run.securityGroups())
                      .assignPublicIp(AssignPublicIp.DISABLED)
                      .build())
              .build());
    }
    AwsCall call = clients.call("ECS", "RunTask");
    try {
      RunTaskResponse response =
          clients.ecs().runTask(request.overrideConfiguration(o -> o.apiCallTimeout(clients.remaining(call))).build());
      return new RunOutcome(tasks(response.tasks()), failures(response.failures()));
    } catch (AwsServiceException e) {
      String code = AwsErrors.code(e);
      if (code.equals("ClusterNotFoundException")) {
        throw AwsErrors.failure(
            "cluster '" + run.cluster() + "' not found (" + clients.where("ECS") + "); create it with 'aws ecs"
                + " create-cluster --cluster-name " + run.cluster() + "' or check --cluster and --region",
            e,
            call);
      }
      if (code.equals("ClientException") || code.equals("InvalidParameterException")) {
        throw AwsErrors.failure("ECS rejected RunTask (" + AwsErrors.detail(e) + ")", e, call);
      }
      throw AwsErrors.translate(e, call);
    } catch (SdkException e) {
      throw AwsErrors.translate(e, call);
    }
  }

  private static List<PlacementConstraint> constraints(List<Map<String, String>> constraints) {
    List<PlacementConstraint> out = new ArrayList<>();
    for (Map<String, String> c : constraints) {
      out.add(PlacementConstraint.builder().type(c.get("type")).expression(c.get("expression")).build());
    }
    return out;
  }

  private static List<Map<String, Object>> tasks(List<Task> tasks) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Task t : tasks) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("taskArn", t.taskArn());
      put(m, "lastStatus", t.lastStatus());
      put(m, "containerInstanceArn", t.containerInstanceArn());
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> failures(List<Failure> failures) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Failure f : failures) {
      Map<String, Object> m = new LinkedHashMap<>();
      put(m, "arn", f.arn());
      put(m, "reason", f.reason());
      put(m, "detail", f.detail());
      out.add(m);
    }
    return out;
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
