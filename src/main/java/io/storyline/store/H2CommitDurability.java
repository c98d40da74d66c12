package io.storyline.store;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An acknowledged article is in the H2 file whatever the URL says. H2 writes a commit to its file
 * up to {@code WRITE_DELAY} ms later (500 by default, kept in the database), so a killed process
 * lost the articles acknowledged in its last half second. With 0, H2 writes each commit to the file
 * before the commit returns. Every new pooled connection, before anything uses it (Flyway's at
 * start-up first), checks the database's setting and sets 0 where it is not; a URL that asks for a
 * delay is refused, since H2 would apply it again with each connection it opens.
 */
@ApplicationScoped
public class H2CommitDurability implements AgroalPoolInterceptor {
  private static final Logger LOG = Logger.getLogger(H2CommitDurability.class);
  private static final String SETTING = "WRITE_DELAY";

  private final Optional<String> url;

  H2CommitDurability(@ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url) {
    this.url = url;
  }

  @Override
  public void onConnectionCreate(Connection connection) {
    try {
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      url.flatMap(H2CommitDurability::writeDelayOf)
          .filter(delay -> !delay.equals("0"))
          .ifPresent(
              delay -> {
                throw new IllegalStateException(
                    "quarkus.datasource.jdbc.url sets "
                        + SETTING
                        + "="
                        + delay
                        + ": H2 would write commits to its file up to "
                        + delay
                        + " ms after the service acknowledged them, and a killed process would"
                        + " lose those articles. Remove "
                        + SETTING
                        + " from the URL (the service keeps it at 0 in the database itself).");
              });
      try (Statement statement = connection.createStatement()) {
        String current = current(statement);
        if (!current.equals("0")) {
          statement.execute("SET " + SETTING + " 0");
          if (!connection.getAutoCommit()) {
            connection.commit();
          }
          LOG.infof(
              "H2 %s was %s ms: set to 0, so every commit is in the file before it is"
                  + " acknowledged",
              SETTING, current);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not make H2 write every commit to its file at once ("
              + e.getMessage()
              + "): connect as the database's owner, or run 'SET "
              + SETTING
              + " 0' once as an administrator (H2 keeps it in the database)",
          e);
    }
  }

  private static String current(Statement statement) throws SQLException {
    try (ResultSet row =
        statement.executeQuery(
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                + SETTING
                + "'")) {
      return row.next() ? row.getString(1).strip() : "";
    }
  }

  /** The value of WRITE_DELAY among a URL's {@code ;KEY=VALUE} settings, when it has one. */
  static Optional<String> writeDelayOf(String url) {
    String[] parts = url.split(";");
    for (int i = 1; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      if (equals > 0
          && parts[i].substring(0, equals).strip().toUpperCase(Locale.ROOT).equals(SETTING)) {
        return Optional.of(parts[i].substring(equals + 1).strip());
      }
    }
    return Optional.empty();
  }
}
