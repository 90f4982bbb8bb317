package dev.neuronecs.aws;

import dev.neuronecs.ami.AmiDetails;
import dev.neuronecs.ami.AmiVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathResponse;
import software.amazon.awssdk.services.ssm.model.Parameter;

/**
 * The recommended Neuron ECS AMI from SSM's public parameters. First the sub-parameters under
 * {@code .../recommended} (GetParametersByPath: {@code image_id}, {@code image_name}, ...), which
 * real SSM and emulators serve alike; if there are none, the {@code /recommended} parameter itself
 * (GetParameter), whose value real SSM returns as a string holding a JSON object.
 */
public final class NeuronAmiParameters {
  private final AwsClients clients;

  public NeuronAmiParameters(AwsClients clients) {
    this.clients = clients;
  }

  /** The image, or empty when SSM does not publish the parameter in this region. */
  public Optional<AmiDetails> recommended(AmiVariant variant) {
    Map<String, String> values = subParameters(variant.parameter());
    if (!values.isEmpty()) {
      return Optional.of(AmiDetails.fromParameters(values, source(variant)));
    }
    return parameter(variant.parameter()).map(value -> AmiDetails.fromJson(value, source(variant)));
  }

  private String source(AmiVariant variant) {
    return "SSM parameter " + variant.parameter() + " in " + clients.region();
  }

  private Map<String, String> subParameters(String path) {
    AwsCall call = clients.call("SSM", "GetParametersByPath");
    Map<String, String> values = new LinkedHashMap<>();
    String next = null;
    int pages = 0;
    do {
      String token = next;
      GetParametersByPathResponse page =
          call.send(() -> clients.ssm().getParametersByPath(
              GetParametersByPathRequest.builder()
                  .path(path)
                  .recursive(false)
                  .nextToken(token)
                  .overrideConfiguration(o -> o.apiCallTimeout(clients.remaining(call)))
                  .build()));
      for (Parameter p : page.parameters()) {
        values.put(p.name().substring(p.name().lastIndexOf('/') + 1), p.value());
      }
      next = page.nextToken();
    } while (next != null && !next.isEmpty() && ++pages < 10);
    return values;
  }

  private Optional<String> parameter(String name) {
    AwsCall call = clients.call("SSM", "GetParameter");
    try {
      return Optional.of(
          clients.ssm()
              .getParameter(
                  GetParameterRequest.builder()
                      .name(name)
                      .overrideConfiguration(o -> o.apiCallTimeout(clients.remaining(call)))
                      .build())
              .parameter()
              .value());
    } catch (AwsServiceException e) {
      if (AwsErrors.code(e).equals("ParameterNotFound")) {
        return Optional.empty();
      }
      throw AwsErrors.translate(e, call);
    } catch (software.amazon.awssdk.core.exception.SdkException e) {
      throw AwsErrors.translate(e, call);
    }
  }
}
