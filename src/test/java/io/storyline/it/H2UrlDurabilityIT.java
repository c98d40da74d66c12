package io.storyline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability does not hang on the H2 URL. The crash test of issue 22: the H2 file moved elsewhere
 * with a URL that names nothing but the file, 150 articles posted one by one, SIGKILL right after
 * the last 201, a restart: every acknowledged article is there, intact. Before the fix a URL
 * without {@code WRITE_DELAY=0} lost the last half second of acknowledged articles (14 to 50 of 150
 * here). A URL that asks for a delay is refused at start-up with a message saying what to change.
 */
@DisabledIfSystemProperty(
    named = "test-db.kind",
    matches = "postgresql",
    disabledReason = "embedded H2 file store")
class H2UrlDurabilityIT {
  private static final int ARTICLES = 150;

  @Test
  void everyArticleAcknowledgedBeforeSigkillIsThereWithAUrlThatNamesOnlyTheFile(
      @TempDir Path data, @TempDir Path movedStore) throws Exception {
    Map<String, String> moved =
        Map.of(
            "quarkus.datasource.jdbc.url",
            "jdbc:h2:file:" + movedStore.toAbsolutePath().resolve("news"));
    Map<Long, Map<String, String>> acknowledged = new LinkedHashMap<>();
    try (PackagedService service = new PackagedService(data, moved).start()) {
      ServiceClient client = new ServiceClient(service.baseUri(), Duration.ofSeconds(30));
      for (int i = 0; i < ARTICLES; i++) {
        Map<String, String> article =
            Map.of(
                "url", "https://feed.example/moved/" + i,
                "title", "Harbour board report " + i,
                "body",
                    "The harbour board published report "
                        + i
                        + " on Tuesday. It lists "
                        + (i * 11 % 97)
                        + " repairs to the northern quay.",
                "publishedAt", "2022-03-01T08:00:00Z");
        HttpResponse<String> response = client.postJson("/api/articles", article);
        assertEquals(201, response.statusCode(), ServiceClient.body(response));
        acknowledged.put(ServiceClient.json(response).path("id").asLong(), article);
      }
      service.kill(); // at once after the last 201: no shutdown hook, no flush
    }
    try (PackagedService service = new PackagedService(data, moved).start()) {
      ServiceClient client = new ServiceClient(service.baseUri(), Duration.ofSeconds(30));
      int found = 0;
      for (Map.Entry<Long, Map<String, String>> entry : acknowledged.entrySet()) {
        HttpResponse<String> response = client.get("/api/articles/" + entry.getKey());
        assertEquals(200, response.statusCode(), "acknowledged article " + entry.getKey());
        JsonNode article = ServiceClient.json(response);
        assertEquals(entry.getValue().get("url"), article.path("url").asText());
        assertEquals(entry.getValue().get("title"), article.path("title").asText());
        assertEquals(entry.getValue().get("body"), article.path("text").asText());
        found++;
      }
      System.out.printf(
          Locale.ROOT,
          "H2UrlDurabilityIT: %d articles acknowledged before SIGKILL, %d found after restart%n",
          acknowledged.size(),
          found);
      assertEquals(ARTICLES, client.allArticles().size());
    }
  }

  @Test
  void aUrlThatDelaysWritesIsRefusedWithWhatToChange(@TempDir Path data) throws Exception {
    Map<String, String> delayed =
        Map.of(
            "quarkus.datasource.jdbc.url",
            "jdbc:h2:file:" + data.toAbsolutePath().resolve("news") + ";WRITE_DELAY=500");
    PackagedService service = new PackagedService(data, delayed);
    try {
      IllegalStateException refused = assertThrows(IllegalStateException.class, service::start);
      assertTrue(refused.getMessage().contains("exited"), refused.getMessage());
    } finally {
      service.kill();
    }
    String log = Files.readString(data.resolve("service.log"), StandardCharsets.UTF_8);
    assertTrue(
        log.contains("sets WRITE_DELAY=500") && log.contains("Remove WRITE_DELAY from the URL"),
        "the log says what to change");
  }
}
