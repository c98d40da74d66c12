package io.storyline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.testing.TestApiKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way from the embedded default to PostgreSQL, as the README tells it: an H2 service with the
 * demo story and a feed is exported page by page (one page's connection lost half-way and the page
 * asked for again) and each page posted to a PostgreSQL service's bulk endpoint. The PostgreSQL
 * service then has the same articles, field for field, in the same stories with the same titles.
 * Needs an H2 build next to the PostgreSQL one ({@code it.h2-app}; {@code .ci/run} keeps the H2
 * build of its first step).
 */
@EnabledIfSystemProperty(named = "test-db.kind", matches = "postgresql")
class ExportToPostgresIT {
  private static final int PAGE = 7;

  @Test
  void anExportedH2StorePostedToPostgresqlHasTheSameArticlesAndStories(
      @TempDir Path h2Data, @TempDir Path pgData) throws Exception {
    Path h2App = Path.of(System.getProperty("it.h2-app", "target/h2-app/quarkus-run.jar"));
    assumeTrue(
        Files.exists(h2App),
        "an H2 build of the service at "
            + h2App
            + " (.ci/run keeps one before its PostgreSQL step)");
    try (ThrowawayPostgres server = ThrowawayPostgres.start()) {
      server.createDatabase("storyline");
      move(h2App, h2Data, pgData, server);
    }
  }

  private static void move(Path h2App, Path h2Data, Path pgData, ThrowawayPostgres server)
      throws Exception {
    Map<String, String> onPostgres =
        Map.of(
            "quarkus.datasource.jdbc.url",
            server.url("storyline"),
            "quarkus.datasource.username",
            "postgres");
    try (PackagedService h2 =
            new PackagedService(h2App, h2Data, Map.of("storyline.demo.enabled", "true")).start();
        PackagedService postgres = new PackagedService(pgData, onPostgres).start()) {
      ServiceClient from = new ServiceClient(h2.baseUri(), Duration.ofSeconds(60));
      ServiceClient to = new ServiceClient(postgres.baseUri(), Duration.ofSeconds(60));
      ResendingFeed feed = new ResendingFeed(from, Duration.ofSeconds(1));
      for (List<Map<String, Object>> bulk : ResendingFeed.bulks("move", 24, 12)) {
        assertTrue(feed.send(bulk));
      }
      for (String name : List.of("central-bank", "football-derby", "voting-rights")) {
        String text = resource("/io/storyline/story/unrelated/" + name + ".txt");
        HttpResponse<String> stray =
            from.postJson(
                "/api/articles",
                Map.of(
                    "title",
                    text.lines().findFirst().orElseThrow(),
                    "body",
                    text,
                    "language",
                    "en",
                    "publishedAt",
                    "2022-02-0" + (name.length() % 9 + 1)));
        assertEquals(201, stray.statusCode(), ServiceClient.body(stray));
      }

      int pages = 0;
      int lines = 0;
      Optional<String> cursor = Optional.empty();
      do {
        if (pages == 1) {
          readFirstLineAndDrop(h2.baseUri(), cursor); // a lost connection: the page again
        }
        HttpResponse<String> page = from.get(exportPath(cursor));
        assertEquals(200, page.statusCode(), ServiceClient.body(page));
        HttpResponse<String> posted =
            to.post("/api/articles/bulk", ServiceClient.NDJSON, page.body());
        assertEquals(200, posted.statusCode(), ServiceClient.body(posted));
        assertEquals(0, ServiceClient.json(posted).path("rejected").asInt(), posted.body());
        lines += (int) page.body().lines().count();
        cursor = page.headers().firstValue("X-Next-Cursor");
        pages++;
      } while (cursor.isPresent() && pages < 100);

      Map<String, JsonNode> before = articles(from);
      Map<String, JsonNode> after = articles(to);
      System.out.printf(
          Locale.ROOT,
          "ExportToPostgresIT: %d articles in %d stories exported in %d pages (%d lines), %d"
              + " articles in %d stories on PostgreSQL%n",
          before.size(),
          stories(from, before).size(),
          pages,
          lines,
          after.size(),
          stories(to, after).size());
      assertEquals(before.keySet(), after.keySet(), "the same articles");
      for (String key : before.keySet()) {
        for (String field : List.of("url", "title", "source", "publishedAt", "language", "text")) {
          assertEquals(before.get(key).path(field), after.get(key).path(field), key + ": " + field);
        }
      }
      assertEquals(stories(from, before), stories(to, after), "the same stories, same titles");
      assertTrue(stories(from, before).size() > 2, "more than one story moved");
    }
  }

  /** Every article with its text, by URL (or title, for articles sent without one). */
  private static Map<String, JsonNode> articles(ServiceClient client)
      throws IOException, InterruptedException {
    Map<String, JsonNode> byKey = new TreeMap<>();
    for (JsonNode listed : client.allArticles()) {
      JsonNode article = client.getJson("/api/articles/" + listed.path("id").asLong());
      byKey.put(key(article), article);
    }
    return byKey;
  }

  /** Each story's title with the keys of its articles. */
  private static Map<Set<String>, String> stories(
      ServiceClient client, Map<String, JsonNode> articles)
      throws IOException, InterruptedException {
    Map<Long, Set<String>> members = new HashMap<>();
    for (JsonNode article : articles.values()) {
      members
          .computeIfAbsent(article.path("storyId").asLong(), id -> new HashSet<>())
          .add(key(article));
    }
    Map<Set<String>, String> stories = new HashMap<>();
    for (JsonNode story : client.allStories()) {
      stories.put(members.get(story.path("id").asLong()), story.path("title").asText());
    }
    return stories;
  }

  private static String key(JsonNode article) {
    return article.hasNonNull("url")
        ? article.path("url").asText()
        : article.path("title").asText();
  }

  private static String exportPath(Optional<String> cursor) {
    return "/api/articles/export?limit="
        + PAGE
        + cursor.map(c -> "&cursor=" + URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse("");
  }

  private static void readFirstLineAndDrop(String base, Optional<String> cursor)
      throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(base + exportPath(cursor)).toURL().openConnection();
    connection.setRequestProperty("X-API-Key", TestApiKey.KEY);
    connection.setReadTimeout(30_000);
    try (BufferedReader page =
        new BufferedReader(
            new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
      assertTrue(page.readLine() != null);
    } finally {
      connection.disconnect();
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ExportToPostgresIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
