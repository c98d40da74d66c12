package io.storyline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.testing.TestApiKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams a bulk NDJSON ingest in batches, kills the service with SIGKILL while a batch is in
 * flight, restarts it on the same store (H2 file, or PostgreSQL database) and checks that every
 * acknowledged article is there, intact, and that re-sending the whole stream creates nothing new.
 */
class KillRestartIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ARTICLES = 600;
  private static final int BATCH = 20;

  /** Kill once this many batches are acknowledged, while the next one is in flight. */
  private static final int KILL_AFTER = 8;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One article of the stream, as sent. */
  record Sent(String url, String title, String body) {
    String ndjson() {
      try {
        return JSON.writeValueAsString(
            Map.of(
                "url",
                url,
                "title",
                title,
                "body",
                body,
                "publishedAt",
                "2022-01-10T09:00:00Z",
                "source",
                "feed.example"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void everyAcknowledgedArticleSurvivesSigkill(@TempDir Path data) throws Exception {
    try (Store store = Store.in(data)) {
      survivesSigkill(data, store);
    }
  }

  private void survivesSigkill(Path data, Store store) throws Exception {
    List<Sent> stream = stream();
    Map<Long, Sent> acknowledged = new LinkedHashMap<>();
    int batchesAcknowledged;
    try (PackagedService service = new PackagedService(data, store.properties()).start()) {
      AtomicBoolean inFlight = new AtomicBoolean();
      CountDownLatch killNow = new CountDownLatch(1);
      Thread killer =
          new Thread(
              () -> {
                try {
                  killNow.await();
                  Thread.sleep(
                      30); // the batch has reached the server and is being analysed or written
                  service.kill();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      killer.start();
      batchesAcknowledged = 0;
      for (int from = 0; from < stream.size(); from += BATCH) {
        List<Sent> batch = stream.subList(from, Math.min(stream.size(), from + BATCH));
        inFlight.set(true);
        if (batchesAcknowledged == KILL_AFTER) {
          killNow.countDown();
        }
        HttpResponse<String> response;
        try {
          response = post(service.baseUri(), batch);
        } catch (IOException killed) {
          break;
        }
        if (response.statusCode() != 200) {
          break;
        }
        JsonNode items = JSON.readTree(response.body()).path("items");
        for (int i = 0; i < batch.size(); i++) {
          String status = items.path(i).path("status").asText();
          assertTrue(
              status.equals("created") || status.equals("existing"), items.path(i).toString());
          acknowledged.put(items.path(i).path("id").asLong(), batch.get(i));
        }
        batchesAcknowledged++;
      }
      killNow.countDown();
      killer.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertTrue(
        batchesAcknowledged >= KILL_AFTER && batchesAcknowledged * BATCH < ARTICLES,
        "killed mid-stream after " + batchesAcknowledged + " batches");

    try (PackagedService service = new PackagedService(data, store.properties()).start()) {
      int found = 0;
      for (Map.Entry<Long, Sent> entry : acknowledged.entrySet()) {
        HttpResponse<String> response = get(service.baseUri() + "/api/articles/" + entry.getKey());
        assertEquals(
            200, response.statusCode(), "acknowledged article " + entry.getKey() + " is missing");
        JsonNode article = JSON.readTree(response.body());
        assertEquals(entry.getValue().title(), article.path("title").asText());
        assertEquals(entry.getValue().url(), article.path("url").asText());
        assertEquals(entry.getValue().body(), article.path("text").asText());
        found++;
      }
      System.out.printf(
          Locale.ROOT,
          "KillRestartIT: %d articles acknowledged in %d batches before SIGKILL, %d found after"
              + " restart%n",
          acknowledged.size(),
          batchesAcknowledged,
          found);
      assertEquals(acknowledged.size(), found);

      Set<Long> ids = new HashSet<>();
      int created = 0;
      for (int from = 0; from < stream.size(); from += 100) {
        HttpResponse<String> response =
            post(service.baseUri(), stream.subList(from, Math.min(stream.size(), from + 100)));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = JSON.readTree(response.body());
        created += result.path("created").asInt();
        result.path("items").forEach(item -> ids.add(item.path("id").asLong()));
      }
      assertEquals(ARTICLES, ids.size(), "one article per item of the stream");
      assertTrue(
          ids.containsAll(acknowledged.keySet()), "re-sent acknowledged articles keep their ids");
      assertEquals(
          ARTICLES - acknowledged.size(),
          created,
          "only articles never acknowledged are created again");
      long total = countArticles(service.baseUri());
      assertEquals(ARTICLES, total, "no duplicates after re-sending the whole stream");
    }
  }

  private static List<Sent> stream() {
    List<Sent> stream = new ArrayList<>();
    String[] towns = {"Geneva", "Vienna", "Oslo", "Lisbon", "Tallinn", "Porto", "Bergen", "Graz"};
    for (int i = 0; i < ARTICLES; i++) {
      String town = towns[i % towns.length];
      stream.add(
          new Sent(
              "https://feed.example/kill/" + i,
              "Council of " + town + " publishes report number " + i,
              "The council of "
                  + town
                  + " published report number "
                  + i
                  + " on Monday. "
                  + "Officials said the report covers "
                  + (i * 7 % 113)
                  + " projects in the region. "
                  + "A public hearing is planned for next month, the mayor's office said."));
    }
    return stream;
  }

  private HttpResponse<String> post(String base, List<Sent> batch)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    batch.forEach(article -> body.append(article.ndjson()).append('\n'));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/articles/bulk"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-ndjson")
            .header("X-API-Key", TestApiKey.KEY)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long countArticles(String base) throws IOException, InterruptedException {
    Set<Long> ids = new HashSet<>();
    String cursor = "";
    do {
      JsonNode page =
          JSON.readTree(
              get(base
                      + "/api/articles?limit=100"
                      + (cursor.isEmpty()
                          ? ""
                          : "&cursor="
                              + java.net.URLEncoder.encode(
                                  cursor, java.nio.charset.StandardCharsets.UTF_8)))
                  .body());
      page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
      cursor = page.path("next").asText("");
    } while (!cursor.isEmpty());
    return ids.size();
  }
}
