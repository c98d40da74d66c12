package io.storyline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The store of an application under {@code @QuarkusIntegrationTest}: on the PostgreSQL build a
 * {@link ScratchDatabase} of its own, passed to the packaged jar or native executable; on the
 * default build nothing, so the {@code it} profile's in-memory H2 serves.
 */
public final class PackagedStore implements QuarkusTestResourceLifecycleManager {
  private ScratchDatabase database;

  @Override
  public Map<String, String> start() {
    if (!ScratchDatabase.postgresqlBuild()) {
      return Map.of();
    }
    database = ScratchDatabase.create();
    return database.properties();
  }

  @Override
  public void stop() {
    if (database != null) {
      database.close();
    }
  }
}
