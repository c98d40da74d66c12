package io.storyline.it;

import java.io.IOException;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The packaged service as a separate process, so tests can stop it, kill it with SIGKILL and start
 * it again on the same data ({@link Store}). It runs what the build packaged, as
 * {@code @QuarkusIntegrationTest} does: the native executable after {@code -Dnative}, else {@code
 * target/quarkus-app/quarkus-run.jar}.
 */
final class PackagedService implements AutoCloseable {
  private static final Path TARGET = Path.of("target");
  private static final Path JAR = TARGET.resolve(Path.of("quarkus-app", "quarkus-run.jar"));
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
    // Another build than this one's (ExportToPostgresIT's H2 service) is always a jar.
    Optional<Path> executable = jar.equals(JAR) ? nativeExecutable() : Optional.empty();
    if (executable.isEmpty() && !Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run the packaged-service tests with ./mvnw verify");
    }
    List<String> command = new ArrayList<>();
    command.add(
        executable
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java"))
            .toAbsolutePath()
            .toString());
    command.addAll(
        List.of(
            "-Xmx512m",
            "-Dquarkus.http.port=" + port,
            "-Dquarkus.http.host=127.0.0.1",
            "-Dstoryline.api-keys=" + io.storyline.testing.TestApiKey.KEY));
    if (!properties.containsKey("quarkus.datasource.jdbc.url")) {
      command.add("-Dquarkus.datasource.jdbc.url=" + h2File(dataDir));
    }
    if (!properties.containsKey(WARM_UP)) {
      // The warm-up adds ~10 s to every start; RestartIT's first start asks for it, as packaged.
      command.add("-D" + WARM_UP + "=0");
    }
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    if (executable.isEmpty()) {
      command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
    }
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile()))
            .start();
    awaitReady(Duration.ofSeconds(90));
    return this;
  }

  /**
   * An H2 file in {@code dataDir} with the options of the default URL in application.properties.
   */
  static String h2File(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("storyline")
        + ";DB_CLOSE_ON_EXIT=FALSE"
        + System.getProperty("storyline.test.h2-options", "");
  }

  /** The native executable when the last build made one (target/quarkus-artifact.properties). */
  private static Optional<Path> nativeExecutable() throws IOException {
    Path artifact = TARGET.resolve("quarkus-artifact.properties");
    if (!Files.exists(artifact)) {
      return Optional.empty();
    }
    Properties built = new Properties();
    try (Reader in = Files.newBufferedReader(artifact, StandardCharsets.UTF_8)) {
      built.load(in);
    }
    return "native".equals(built.getProperty("type"))
        ? Optional.of(TARGET.resolve(built.getProperty("path")))
        : Optional.empty();
  }

  /** The service log's last lines, for an assertion's message. */
  String logTail(int lines) throws IOException {
    List<String> all = Files.readAllLines(dataDir.resolve("service.log"), StandardCharsets.UTF_8);
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
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
