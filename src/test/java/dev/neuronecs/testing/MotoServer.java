package dev.neuronecs.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real moto_server on a free loopback port, started once for the whole test run and stopped at
 * its end. Tests get it as a parameter: {@code @ExtendWith(MotoServer.class)} then {@code
 * void test(MotoServer moto)}.
 */
public final class MotoServer implements ParameterResolver, AutoCloseable {
  private static final Object LOCK = new Object();
  private static MotoServer shared;

  private Process process;
  private int port;
  private File log;

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == MotoServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    String binary = ExternalTool.require("moto_server");
    synchronized (LOCK) {
      if (shared == null) {
        MotoServer server = new MotoServer();
        server.start(binary);
        e.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("moto-server", server);
        shared = server;
      }
      return shared;
    }
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** Forgets everything registered so far (moto's reset API). */
  public void reset() {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(endpoint() + "/moto-api/reset").toURL().openConnection();
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.getOutputStream().close();
      if (c.getResponseCode() != 200) {
        throw new IllegalStateException("moto reset answered " + c.getResponseCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot reset moto_server at " + endpoint(), e);
    }
  }

  private void start(String binary) {
    try {
      port = freePort();
      log = File.createTempFile("moto-", ".log");
      log.deleteOnExit();
      process =
          new ProcessBuilder(binary, "-H", "127.0.0.1", "-p", Integer.toString(port))
              .redirectErrorStream(true)
              .redirectOutput(log)
              .start();
      awaitReady(Duration.ofSeconds(60));
    } catch (IOException e) {
      throw new IllegalStateException("cannot start moto_server", e);
    }
  }

  private void awaitReady(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("moto_server exited; its log is in " + log);
      }
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create(endpoint() + "/moto-api/").toURL().openConnection();
        c.setConnectTimeout(500);
        c.setReadTimeout(2000);
        if (c.getResponseCode() > 0) {
          try (InputStream in = c.getInputStream()) {
            in.readAllBytes();
          } catch (IOException ignored) {
            // any answer means the server is up
          }
          return;
        }
      } catch (IOException notYet) {
        sleep();
      }
    }
    throw new IllegalStateException("moto_server did not answer on " + endpoint() + " within " + timeout);
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    synchronized (LOCK) {
      shared = null;
    }
  }
}
