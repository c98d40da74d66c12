package io.storyline.store;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * An acknowledged article is in PostgreSQL's write-ahead log on disk whatever the server's default:
 * with {@code synchronous_commit = off} a commit returns before its WAL is flushed, and a crash of
 * the server loses the last ones. Each new pooled connection that finds it off sets it on for its
 * session (the stronger standby settings, {@code remote_write} and {@code remote_apply}, are left
 * as they are). {@code fsync = off} cannot be changed from a session: it is logged.
 */
@ApplicationScoped
public class PostgresCommitDurability implements AgroalPoolInterceptor {
  private static final Logger LOG = Logger.getLogger(PostgresCommitDurability.class);

  /** Said once, not for every connection. */
  private final AtomicBoolean told = new AtomicBoolean();

  @Override
  public void onConnectionCreate(Connection connection) {
    try {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        boolean asynchronous = setting(statement, "synchronous_commit").equals("off");
        if (asynchronous) {
          statement.execute("SET synchronous_commit = on");
        }
        boolean noFsync = setting(statement, "fsync").equals("off");
        if ((asynchronous || noFsync) && told.compareAndSet(false, true)) {
          if (asynchronous) {
            LOG.info(
                "PostgreSQL's synchronous_commit is off: set on for the service's sessions, so"
                    + " every acknowledged article is in the flushed write-ahead log");
          }
          if (noFsync) {
            LOG.warn(
                "PostgreSQL runs with fsync = off: a power loss can lose acknowledged articles"
                    + " and corrupt the database");
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check PostgreSQL's commit settings", e);
    }
  }

  private static String setting(Statement statement, String name) throws SQLException {
    try (ResultSet row = statement.executeQuery("SHOW " + name)) {
      return row.next() ? row.getString(1) : "";
    }
  }
}
