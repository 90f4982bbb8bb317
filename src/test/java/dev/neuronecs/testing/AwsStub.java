package dev.neuronecs.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An in-process HTTP server on a free loopback port that plays an AWS endpoint (JSON, or XML for
 * EC2) badly on purpose: each request gets the next scripted reply (a status and body, a dropped connection, or
 * no answer at all), and every request is recorded for the test to check what the client sent.
 * Only for faults moto cannot make; when the script runs out it answers 500 so the test notices.
 */
public final class AwsStub implements AutoCloseable {
  /** One recorded request. */
  public record Request(String method, String path, Map<String, List<String>> headers, String body) {
    /** A form-encoded body (EC2's query protocol) as names and their values, in order. */
    public Map<String, List<String>> form() {
      Map<String, List<String>> out = new java.util.LinkedHashMap<>();
      for (String pair : body.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
      return out;
    }

    /** The X-Amz-Target header, e.g. "AmazonEC2ContainerServiceV20141113.DescribeTaskDefinition". */
    public String target() {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase("X-Amz-Target")) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return String.join(",", e.getValue());
        }
      }
      return null;
    }
  }

  private interface Reply {
    void send(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Request> requests = new ArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  private AwsStub(HttpServer server) {
    this.server = server;
  }

  public static AwsStub start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      AwsStub stub = new AwsStub(server);
      server.createContext("/", stub::handle);
      server.setExecutor(stub.executor);
      server.start();
      return stub;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the HTTP stub", e);
    }
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers the next request with {@code status} and a JSON {@code body}. */
  public synchronized AwsStub reply(int status, String body) {
    script.add(exchange -> send(exchange, status, body, "application/x-amz-json-1.1"));
    return this;
  }

  /** Answers the next request with {@code status} and an XML {@code body} (EC2's query protocol). */
  public synchronized AwsStub replyXml(int status, String body) {
    script.add(exchange -> send(exchange, status, body, "text/xml;charset=UTF-8"));
    return this;
  }

  /** Answers the next request with an EC2 error, as the query protocol has it. */
  public AwsStub ec2Error(int status, String code, String message) {
    return replyXml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code
        + "</Code><Message>" + message + "</Message></Error></Errors><RequestID>00000000-0000-0000-0000-000000000000"
        + "</RequestID></Response>");
  }

  /** Answers the next request with an AWS JSON error. */
  public AwsStub error(int status, String type, String message) {
    return reply(status, "{\"__type\":\"" + type + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
  }

  /** Closes the next request's connection without any answer. */
  public synchronized AwsStub drop() {
    script.add(HttpExchange::close);
    return this;
  }

  /** Never answers the next request (until the stub is closed). */
  public synchronized AwsStub hang() {
    script.add(exchange -> {
      try {
        closed.await(120, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    return this;
  }

  /** {@code times} replies of the same kind: e.g. {@code repeat(4, s -> s.hang())}. */
  public AwsStub repeat(int times, java.util.function.Consumer<AwsStub> step) {
    for (int i = 0; i < times; i++) {
      step.accept(this);
    }
    return this;
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The X-Amz-Target of each request, in order. */
  public List<String> targets() {
    return requests().stream().map(Request::target).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Reply next;
    synchronized (this) {
      requests.add(new Request(
          exchange.getRequestMethod(), exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
      next = script.poll();
    }
    if (next == null) {
      send(exchange, 500, "{\"__type\":\"StubExhausted\",\"message\":\"the test's stub has no more replies\"}",
          "application/x-amz-json-1.1");
    } else {
      next.send(exchange);
    }
  }

  private static void send(HttpExchange exchange, int status, String body, String contentType) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.getResponseHeaders().add("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
