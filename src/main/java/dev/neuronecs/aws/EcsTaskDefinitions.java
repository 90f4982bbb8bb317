package dev.neuronecs.aws;

import dev.neuronecs.NeuronEcsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.ListTaskDefinitionsRequest;
import software.amazon.awssdk.services.ecs.model.ListTaskDefinitionsResponse;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.SortOrder;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionField;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

/**
 * Task definitions in ECS, in our plain trees: the latest ACTIVE revision of a family, registering
 * one, describing one for {@code run}. The trees use RegisterTaskDefinition's JSON names; a
 * described one also carries ECS's read-only keys (revision, status, ...) and its {@code tags}.
 */
public final class EcsTaskDefinitions {
  /** What ECS says when a family or revision does not exist (real ECS and moto alike). */
  private static final String NOT_FOUND = "Unable to describe task definition";

  private static final int MAX_LIST_PAGES = 10;

  private final AwsClients clients;

  public EcsTaskDefinitions(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * {@code document} as RegisterTaskDefinition would receive it: every key checked against ECS's
   * model (an unknown key or a wrong type is bad input that names it) and values in the model's
   * types. Calls nothing.
   */
  public static Map<String, Object> checked(Map<String, Object> document) {
    return SdkTree.tree(request(document));
  }

  /** The family's latest ACTIVE revision, or empty when it has none. */
  public Optional<RegisteredTaskDefinition> latestActive(String family) {
    Optional<RegisteredTaskDefinition> latest = find(family);
    if (latest.isEmpty() || "ACTIVE".equals(latest.get().status())) {
      return latest;
    }
    // Describing a family gives its latest ACTIVE revision on ECS; emulators may give the latest
    // of any status. Ask for the ACTIVE ones explicitly then.
    return latestActiveArn(family).flatMap(this::find);
  }

  /** Registers {@code document} (a RegisterTaskDefinition tree) as a new revision. */
  public RegisteredTaskDefinition register(Map<String, Object> document) {
    RegisterTaskDefinitionRequest request = request(document);
    AwsCall call = clients.call("ECS", "RegisterTaskDefinition");
    try {
      RegisterTaskDefinitionResponse response =
          clients.ecs().registerTaskDefinition(
              request.toBuilder().overrideConfiguration(o -> o.apiCallTimeout(clients.remaining(call))).build());
      return registered(response.taskDefinition(), response.tags());
    } catch (AwsServiceException e) {
      String code = AwsErrors.code(e);
      if (code.equals("ClientException") || code.equals("InvalidParameterException")) {
        throw AwsErrors.failure(
            "ECS rejected the task definition (" + AwsErrors.detail(e) + "); fix it and run again", e, call);
      }
      throw AwsErrors.translate(e, call);
    } catch (SdkException e) {
      throw AwsErrors.translate(e, call);
    }
  }

  /** A task definition by family, family:revision or ARN; one that does not exist is a failure. */
  public RegisteredTaskDefinition describe(String taskDefinition) {
    return find(taskDefinition)
        .orElseThrow(
            () -> NeuronEcsException.failure(
                "task definition '" + taskDefinition + "' not found (" + clients.where("ECS")
                    + "); register it first, e.g. with 'neuron-ecs register', or check --region and the name",
                null));
  }

  private Optional<RegisteredTaskDefinition> find(String taskDefinition) {
    AwsCall call = clients.call("ECS", "DescribeTaskDefinition");
    try {
      DescribeTaskDefinitionResponse response =
          clients.ecs().describeTaskDefinition(
              DescribeTaskDefinitionRequest.builder()
                  .taskDefinition(taskDefinition)
                  .include(TaskDefinitionField.TAGS)
                  .overrideConfiguration(o -> o.apiCallTimeout(clients.remaining(call)))
                  .build());
      return Optional.of(registered(response.taskDefinition(), response.tags()));
    } catch (AwsServiceException e) {
      if (AwsErrors.code(e).equals("ClientException") && String.valueOf(e.awsErrorDetails().errorMessage()).contains(NOT_FOUND)) {
        return Optional.empty();
      }
      throw AwsErrors.translate(e, call);
    } catch (SdkException e) {
      throw AwsErrors.translate(e, call);
    }
  }

  /** The newest ACTIVE revision's ARN from ListTaskDefinitions (newest first, a few pages at most). */
  private Optional<String> latestActiveArn(String family) {
    AwsCall call = clients.call("ECS", "ListTaskDefinitions");
    String next = null;
    for (int page = 0; page < MAX_LIST_PAGES; page++) {
      String token = next;
      ListTaskDefinitionsResponse response =
          call.send(() -> clients.ecs().listTaskDefinitions(
              ListTaskDefinitionsRequest.builder()
                  .familyPrefix(family)
                  .status(TaskDefinitionStatus.ACTIVE)
                  .sort(SortOrder.DESC)
                  .nextToken(token)
                  .overrideConfiguration(o -> o.apiCallTimeout(clients.remaining(call)))
                  .build()));
      // familyPrefix matches longer family names too; keep this family's own revisions.
      Optional<String> mine =
          response.taskDefinitionArns().stream().filter(arn -> arn.contains(":task-definition/" + family + ":")).findFirst();
      next = response.nextToken();
      if (mine.isPresent() || next == null || next.isEmpty()) {
        return mine;
      }
    }
    return Optional.empty();
  }

  private static RegisterTaskDefinitionRequest request(Map<String, Object> document) {
    RegisterTaskDefinitionRequest.Builder builder = RegisterTaskDefinitionRequest.builder();
    SdkTree.fill(builder, document, "");
    return builder.build();
  }

  private static RegisteredTaskDefinition registered(TaskDefinition td, List<software.amazon.awssdk.services.ecs.model.Tag> tags) {
    Map<String, Object> document = new LinkedHashMap<>(SdkTree.tree(td));
    if (tags != null && !tags.isEmpty()) {
      document.put("tags", tags.stream().map(SdkTree::tree).toList());
    }
    return new RegisteredTaskDefinition(
        td.taskDefinitionArn(), td.revision() == null ? 0 : td.revision(), td.statusAsString(), document);
  }
}
