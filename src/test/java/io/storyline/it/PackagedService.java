package io.storyline.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a separate process on an H2
 * file, so tests can stop it, kill it with SIGKILL and start it again on the same data.
 */
final class PackagedService implements AutoCloseable {
  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private final Path jar;
  private final Path dataDir;
  private final int port;
  private final Map<String, String> properties;
  private Process process;

  static final String WARM_UP = "storyline.warm-up.articles";

  PackagedService(Path dataDir, Map<String, String> properties) throws IOException {
    this(JAR, dataDir, properties);
  }

  /**
   * Another build of the service (ExportToPostgresIT runs an H2 build next to a PostgreSQL one).
   */
  PackagedService(Path jar, Path dataDir, Map<String, String> properties) throws IOException {
    this.jar = jar;
    this.dataDir = dataDir;
    this.port = freePort();
    this.properties = properties;
  }

  String baseUri() {
    return "http://127.0.0.1:" + port;
  }

  PackagedService start() throws IOException, InterruptedException {
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run the packaged-service tests with ./mvnw verify");
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dstoryline.api-keys=" + io.storyline.testing.TestApiKey.KEY));
    if (!properties.containsKey("quarkus.datasource.jdbc.url")) {
      // The same options as the default H2 file URL in application.properties.
      command.add(
          "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:"
              + dataDir.toAbsolutePath().resolve("storyline")
              + ";DB_CLOSE_ON_EXIT=FALSE"
              + System.getProperty("storyline.test.h2-options", ""));
    }
    if (!properties.containsKey(WARM_UP)) {
      // The warm-up adds ~10 s to every start; RestartIT's first start asks for it, as packaged.
      command.add("-D" + WARM_UP + "=0");
    }
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile()))
            .start();
    awaitReady(Duration.ofSeconds(90));
    return this;
  }

  /** A graceful stop (SIGTERM), as an orchestrator does. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  /** SIGKILL: no shutdown hooks, no flushing. */
  void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  private void awaitReady(Duration timeout) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "service exited with "
                + process.exitValue()
                + "; see "
                + dataDir.resolve("service.log"));
      }
      try {
        HttpURLConnection c =
            (HttpURLConnection) URI.create(baseUri() + "/q/health/ready").toURL().openConnection();
        c.setConnectTimeout(500);
        c.setReadTimeout(2000);
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "service not ready after " + timeout + "; see " + dataDir.resolve("service.log"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
