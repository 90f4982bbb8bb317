package dev.neuronecs.aws;

import dev.neuronecs.ExitCode;
import dev.neuronecs.NeuronEcsException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one place that turns SDK exceptions into a sentence the user can act on (exit 1). The
 * original exception, with every credential masked, is kept as the cause for --verbose.
 */
final class AwsErrors {
  private static final Set<String> ACCESS_DENIED =
      Set.of("AccessDeniedException", "AccessDenied", "UnauthorizedOperation", "UnauthorizedException");
  private static final Set<String> BAD_CREDENTIALS =
      Set.of(
          "UnrecognizedClientException",
          "InvalidSignatureException",
          "SignatureDoesNotMatch",
          "InvalidClientTokenId",
          "AuthFailure",
          "IncompleteSignature",
          "ExpiredToken",
          "ExpiredTokenException",
          "RequestExpired");

  private AwsErrors() {}

  /** The message for a failed call; service errors the caller did not handle get a generic one. */
  static NeuronEcsException translate(SdkException e, AwsCall call) {
    if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
      return timedOut(call, e);
    }
    if (e instanceof AwsServiceException s) {
      return service(s, call);
    }
    return client(e, call);
  }

  /** The reply of a service error: code and AWS's own message, without the request id noise. */
  static String detail(AwsServiceException s) {
    String code = s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorCode();
    String message = s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorMessage();
    if (code == null || code.isBlank()) {
      code = "HTTP " + s.statusCode();
    }
    return message == null || message.isBlank() ? code : code + ": " + message;
  }

  static String code(AwsServiceException s) {
    return s.awsErrorDetails() == null || s.awsErrorDetails().errorCode() == null ? "" : s.awsErrorDetails().errorCode();
  }

  static NeuronEcsException failure(String message, Throwable cause, AwsCall call) {
    return new NeuronEcsException(
        ExitCode.FAILURE, Redacted.scrub(message, call.secrets()), Redacted.copy(cause, call.secrets()));
  }

  static NeuronEcsException timedOut(AwsCall call, Throwable cause) {
    return failure(
        call.where() + " did not answer " + call.operation() + " within " + call.timeout().toSeconds()
            + " s (--timeout); check the network, the proxy and --endpoint-url, or allow more time with --timeout",
        cause,
        call);
  }

  static NeuronEcsException noCredentials(RuntimeException e, String profile, boolean explicit, List<String> secrets) {
    String message;
    if (String.valueOf(e.getMessage()).contains("service module must be on the class path")) {
      message = "profile '" + profile + "' gets its credentials through AWS STS or SSO (role_arn, sso_*, web identity),"
          + " which neuron-ecs does not include; export temporary keys first, e.g."
          + " eval \"$(aws configure export-credentials --profile " + profile + " --format env)\"";
    } else if (explicit) {
      message = "profile '" + profile + "' has no usable credentials; set them with 'aws configure --profile "
          + profile + "' or use another --profile";
    } else {
      message = "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose a profile"
          + " with --profile or AWS_PROFILE ('aws configure'), or run where an instance or task role is available";
    }
    return new NeuronEcsException(ExitCode.FAILURE, message, Redacted.copy(e, secrets));
  }

  private static NeuronEcsException service(AwsServiceException s, AwsCall call) {
    String code = code(s);
    String attempts = attempts(s);
    // HTTP 401: EC2's AuthFailure. The JDK client cannot read a 401 body (it streams the request),
    // so the code may be missing; the status alone says the credentials were not accepted.
    if (BAD_CREDENTIALS.contains(code) || s.statusCode() == 401) {
      return failure(
          "AWS did not accept the credentials (" + detail(s) + "); check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY"
              + " and AWS_SESSION_TOKEN or the profile, and refresh an expired session",
          s,
          call);
    }
    if (ACCESS_DENIED.contains(code) || s.statusCode() == 403) {
      return failure(
          "AWS denied " + call.action() + " (" + detail(s) + "); allow " + call.action()
              + " for the identity you use, or pick another with --profile",
          s,
          call);
    }
    if (s.isThrottlingException() || s.statusCode() == 429) {
      return failure(
          call.where() + " kept throttling " + call.operation() + " (" + code + ")" + attempts
              + "; wait a minute and run again, or call less often",
          s,
          call);
    }
    if (s.statusCode() >= 500) {
      return failure(
          call.where() + " failed " + call.operation() + " with HTTP " + s.statusCode() + " (" + detail(s) + ")"
              + attempts + "; AWS may be having trouble, run again later",
          s,
          call);
    }
    return failure(call.service() + " refused " + call.operation() + " (" + detail(s) + ")", s, call);
  }

  private static NeuronEcsException client(SdkException e, AwsCall call) {
    Throwable root = root(e);
    String attempts = attempts(e);
    if (root instanceof SocketTimeoutException && !String.valueOf(root.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
      return timedOut(call, e);
    }
    if (root instanceof UnknownHostException) {
      return failure(
          "cannot reach " + call.where() + ": unknown host " + root.getMessage()
              + "; check --region, --endpoint-url and DNS",
          e,
          call);
    }
    if (root instanceof ConnectException || root instanceof NoRouteToHostException || root instanceof SocketTimeoutException) {
      return failure(
          "cannot reach " + call.where() + " (" + root.getMessage() + ")" + attempts
              + "; check --endpoint-url, the network and the proxy",
          e,
          call);
    }
    if (isParseError(e, root)) {
      return failure(
          call.where() + " sent a reply to " + call.operation() + " that is not valid AWS " + call.replyFormat() + "; check that "
              + "--endpoint-url points at " + call.service() + " and run again",
          e,
          call);
    }
    if (root instanceof IOException) {
      return failure(
          "the connection to " + call.where() + " broke during " + call.operation() + " (" + root.getMessage() + ")"
              + attempts + "; check the network and run again",
          e,
          call);
    }
    return failure(call.operation() + " failed before " + call.service() + " answered: " + e.getMessage(), e, call);
  }

  private static boolean isParseError(SdkException e, Throwable root) {
    String name = root.getClass().getName();
    String message = String.valueOf(e.getMessage());
    return name.contains("JsonParseException")
        || name.contains("JsonProcessingException")
        || name.contains("MismatchedInputException")
        || name.contains("XMLStreamException")
        || name.contains("SAXParseException")
        || message.contains("Unable to unmarshall")
        || message.contains("Unable to parse");
  }

  private static String attempts(SdkException e) {
    Integer n = e.numAttempts();
    return n == null || n <= 1 ? "" : " after " + n + " attempts";
  }

  private static Throwable root(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return r;
  }
}
