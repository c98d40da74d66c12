package io.storyline.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, made with Debian's {@code initdb} in a scratch directory and
 * listening on a free loopback port, so a test can stop and start it without touching the machine's
 * server that other tests and builds use. Removed on close. As root, the server runs as {@code
 * postgres} (PostgreSQL refuses to run as root).
 */
final class ThrowawayPostgres implements AutoCloseable {
  private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

  private final Path bin;
  private final Path dir;
  private final int port;
  private final boolean asPostgres;
  private final String settings;

  private ThrowawayPostgres(Path bin, Path dir, int port, boolean asPostgres, String settings) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asPostgres = asPostgres;
    this.settings = settings;
  }

  /**
   * Creates and starts a server of the newest PostgreSQL under /usr/lib/postgresql.
   *
   * @param settings server settings, as {@code name=value}
   */
  static ThrowawayPostgres start(String... settings) throws IOException, InterruptedException {
    Path bin;
    try (Stream<Path> versions = Files.list(DEBIAN)) {
      bin =
          versions
              .map(version -> version.resolve("bin"))
              .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
              .max(
                  Comparator.comparing(
                      candidate ->
                          Integer.parseInt(candidate.getParent().getFileName().toString())))
              .orElseThrow(() -> new IllegalStateException("no initdb under " + DEBIAN));
    }
    boolean asPostgres = "root".equals(System.getProperty("user.name"));
    // Not a JUnit @TempDir: those are closed to other users, and the server runs as postgres.
    Path dir = Files.createTempDirectory("storyline-pg-");
    if (asPostgres) {
      UserPrincipal postgres =
          dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, postgres);
    }
    StringBuilder options = new StringBuilder();
    for (String setting : settings) {
      options.append(" -c ").append(setting);
    }
    ThrowawayPostgres server =
        new ThrowawayPostgres(bin, dir, freePort(), asPostgres, options.toString());
    server.run(
        "initdb", "-D", server.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync");
    server.startServer();
    return server;
  }

  /** A JDBC URL of one of this server's databases. */
  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  void createDatabase(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
  }

  /**
   * Kills the server and its backends (SIGKILL, at once: no process is started for it), as a crash
   * of its machine would: no checkpoint, no flush, connections cut.
   */
  void crash() throws IOException, InterruptedException {
    ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
    List<ProcessHandle> server = new ArrayList<>(postmaster.descendants().toList());
    server.add(0, postmaster);
    server.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : server) {
      process.onExit().join();
    }
  }

  /**
   * Freezes the server and its backends (SIGSTOP), as a hung machine or a lost network looks to a
   * client: connections stay open and nothing answers. {@link #thaw} lets it go on.
   */
  void freeze() throws IOException, InterruptedException {
    signal("-STOP");
  }

  void thaw() throws IOException, InterruptedException {
    signal("-CONT");
  }

  private long postmasterPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(dir.resolve("data").resolve("postmaster.pid")).get(0).strip());
  }

  private void signal(String signal) throws IOException, InterruptedException {
    long postmaster = postmasterPid();
    List<String> command = new ArrayList<>(List.of("kill", signal, Long.toString(postmaster)));
    ProcessHandle.of(postmaster)
        .orElseThrow()
        .descendants()
        .forEach(backend -> command.add(Long.toString(backend.pid())));
    Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  void startServer() throws IOException, InterruptedException {
    run(
        "pg_ctl",
        "-D",
        data(),
        "-l",
        dir.resolve("server.log").toString(),
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1" + settings,
        "-w",
        "start");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      thaw(); // a test that failed while the server was frozen
    } catch (IOException | RuntimeException notRunning) {
      // no server, or not frozen
    }
    try {
      run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
    } catch (IllegalStateException alreadyStopped) {
      // stopped by the test
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  private void run(String tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgres) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
