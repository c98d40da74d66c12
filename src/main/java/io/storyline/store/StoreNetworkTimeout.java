package io.storyline.store;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * A statement waiting on a database that stopped answering (a frozen server, a lost network, no
 * reset from the other side) fails after {@code storyline.store.network-timeout} instead of holding
 * its request, a pooled connection and the write lock for ever. Set on every new pooled connection,
 * before anything uses it; Agroal keeps it when the connection goes back to the pool.
 */
@ApplicationScoped
public class StoreNetworkTimeout implements AgroalPoolInterceptor {
  private final int millis;

  StoreNetworkTimeout(StoreConfig config) {
    this.millis = Math.toIntExact(config.networkTimeout().toMillis());
  }

  @Override
  public void onConnectionCreate(Connection connection) {
    try {
      if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
        return; // embedded: no network between the service and its store
      }
      // The executor would abort a timed-out connection; drivers that time reads themselves (as
      // PostgreSQL's does) never call it.
      connection.setNetworkTimeout(Runnable::run, millis);
    } catch (SQLFeatureNotSupportedException unsupported) {
      // a driver without network timeouts: its own socket options apply
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set the database network timeout", e);
    }
  }
}
