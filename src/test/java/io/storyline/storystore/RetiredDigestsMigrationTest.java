package io.storyline.storystore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An upgrade deletes stored results of kinds no longer written (never read again) and keeps
 * today's: the project's migrations, run on a scratch H2 database holding what version 5 stored.
 */
class RetiredDigestsMigrationTest {
  private static final String URL = "jdbc:h2:mem:retired-digests;DB_CLOSE_DELAY=-1";

  @Test
  void theUpgradeDeletesRetiredKindsAndKeepsTodays() throws SQLException {
    migrate("5");
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement sql = db.createStatement()) {
      sql.execute(
          "INSERT INTO story (id, title, first_published_at, last_published_at, article_count,"
              + " version, updated_at) VALUES (1, 'Talks', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1,"
              + " 1, CURRENT_TIMESTAMP)");
      for (String kind :
          List.of(
              "events-2",
              "timeline-first-page-1",
              StoryEvents.DIGEST,
              Timelines.FIRST_PAGE,
              Summaries.DIGEST)) {
        sql.execute(
            "INSERT INTO story_digest (story_id, kind, version, body) VALUES (1, '"
                + kind
                + "', 1, '{}')");
      }
    }
    migrate("latest");
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("SELECT kind FROM story_digest ORDER BY kind")) {
      List<String> kinds = new ArrayList<>();
      while (rows.next()) {
        kinds.add(rows.getString(1));
      }
      assertEquals(List.of(StoryEvents.DIGEST, Summaries.DIGEST, Timelines.FIRST_PAGE), kinds);
    }
  }

  private static void migrate(String target) {
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }
}
