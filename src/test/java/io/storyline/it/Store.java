package io.storyline.it;

import io.storyline.testing.ScratchDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a packaged service under test keeps its articles across restarts: an H2 file in the test's
 * directory on the default build, a database of its own on the PostgreSQL build (dropped at close).
 */
final class Store implements AutoCloseable {
  private final Map<String, String> properties;
  private final Optional<ScratchDatabase> database;

  private Store(Map<String, String> properties, Optional<ScratchDatabase> database) {
    this.properties = properties;
    this.database = database;
  }

  static Store in(Path dataDir) {
    if (ScratchDatabase.postgresqlBuild()) {
      ScratchDatabase database = ScratchDatabase.create();
      return new Store(database.properties(), Optional.of(database));
    }
    return new Store(
        Map.of("quarkus.datasource.jdbc.url", PackagedService.h2File(dataDir)), Optional.empty());
  }

  /** The service's configuration for this store. */
  Map<String, String> properties() {
    return properties;
  }

  /** This store's configuration and more. */
  Map<String, String> with(Map<String, String> more) {
    Map<String, String> all = new HashMap<>(properties);
    all.putAll(more);
    return all;
  }

  @Override
  public void close() {
    database.ifPresent(ScratchDatabase::close);
  }
}
