package io.storyline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A new, empty PostgreSQL database on the test server ({@code storyline.pg.url}, user {@code
 * storyline.pg.user}), for a packaged service under test; dropped at close. The server's other
 * databases (the REST suite's among them) are not touched.
 */
public final class ScratchDatabase implements AutoCloseable {
  private final String server;
  private final String user;
  private final String name;

  private ScratchDatabase(String server, String user, String name) {
    this.server = server;
    this.user = user;
    this.name = name;
  }

  /**
   * Whether the tests run on the PostgreSQL build ({@code
   * -Dquarkus.datasource.db-kind=postgresql}).
   */
  public static boolean postgresqlBuild() {
    return "postgresql".equals(System.getProperty("test-db.kind"));
  }

  public static ScratchDatabase create() {
    String url =
        System.getProperty("storyline.pg.url", "jdbc:postgresql://127.0.0.1:5432/storyline_ci");
    String server = url.substring(0, url.lastIndexOf('/') + 1);
    String name =
        "storyline_it_"
            + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36)
                .toLowerCase(Locale.ROOT);
    ScratchDatabase database =
        new ScratchDatabase(server, System.getProperty("storyline.pg.user", "postgres"), name);
    database.execute("CREATE DATABASE " + name);
    return database;
  }

  public String url() {
    return server + name;
  }

  /** The service's configuration for this database. */
  public Map<String, String> properties() {
    return Map.of("quarkus.datasource.jdbc.url", url(), "quarkus.datasource.username", user);
  }

  @Override
  public void close() {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(server + "postgres", user, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " on " + server, e);
    }
  }
}
