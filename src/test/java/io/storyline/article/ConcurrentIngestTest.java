package io.storyline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.storyline.ingest.DemoLoader;
import io.storyline.testing.TestApiKey;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Eight clients at once send the same story (singles, bulk JSON, NDJSON, re-sends under another
 * URL) and articles of their own: every article is stored once, the story's articles land in one
 * story, and the story's counts and timeline agree with its articles afterwards.
 */
@QuarkusTest
@TestProfile(ConcurrentIngestTest.FreshStore.class)
class ConcurrentIngestTest {
  /**
   * An empty store of its own: other tests' demo articles would join (and count in) this test's
   * story.
   */
  public static final class FreshStore implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // On PostgreSQL the restart migrates a cleaned database (flyway clean-at-start in the
      // profile).
      return System.getProperty("test-db.jdbc-url") != null
          ? Map.of()
          : Map.of("test-db.jdbc-url", "jdbc:h2:mem:concurrent;DB_CLOSE_DELAY=-1");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIENTS = 8;
  private static final int OWN = 3;

  @TestHTTPResource("/")
  URL base;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void parallelClientsStoreEachArticleOnceInOneStory() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    List<Map<String, Object>> story = new ArrayList<>();
    for (ArticleInput demo : DemoLoader.demoArticles()) {
      Map<String, Object> article = new LinkedHashMap<>();
      article.put(
          "url",
          "https://concurrent.example/" + run + demo.url().substring(demo.url().lastIndexOf('/')));
      article.put("title", demo.title());
      // A sentence of its own in the middle (cleaning keeps it) makes a fresh article of each demo
      // article.
      int paragraph = Math.max(0, demo.body().indexOf("\n\n"));
      article.put(
          "body",
          demo.body().substring(0, paragraph)
              + "\n\nObservers in bureau "
              + run
              + " said the delegations worked late into the evening.\n\n"
              + demo.body().substring(paragraph).strip());
      article.put("publishedAt", demo.publishedAt());
      article.put("source", demo.source());
      story.add(article);
    }
    Map<String, Set<Long>> idsByUrl = new ConcurrentHashMap<>();
    List<String> statuses = new CopyOnWriteArrayList<>();
    AtomicInteger created = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.add(
          pool.submit(
              () -> {
                List<Map<String, Object>> mine = new ArrayList<>(story);
                Collections.shuffle(mine, new Random(client));
                for (int k = 0; k < OWN; k++) {
                  mine.add(
                      Map.of(
                          "url",
                          "https://concurrent.example/" + run + "/own-" + client + "-" + k,
                          "title",
                          "Harbour authority of town "
                              + client
                              + " reports cargo figures, part "
                              + k,
                          "body",
                          "The harbour authority of town "
                              + client
                              + " said cargo volumes rose "
                              + (k + 2)
                              + " percent in March. "
                              + "Officials expect a busy summer season "
                              + run
                              + ".",
                          "publishedAt",
                          "2022-03-0" + (k + 1)));
                }
                start.await();
                switch (client % 3) {
                  case 0 -> {
                    for (Map<String, Object> article : mine) {
                      HttpResponse<String> response =
                          send(
                              "/api/articles",
                              "application/json",
                              JSON.writeValueAsString(article));
                      statuses.add(String.valueOf(response.statusCode()));
                      assertTrue(
                          response.statusCode() == 201 || response.statusCode() == 200,
                          response.body());
                      if (response.statusCode() == 201) {
                        created.incrementAndGet();
                      }
                      idsByUrl
                          .computeIfAbsent(
                              (String) article.get("url"), u -> ConcurrentHashMap.newKeySet())
                          .add(JSON.readTree(response.body()).path("id").asLong());
                    }
                  }
                  case 1 ->
                      record(
                          mine,
                          send(
                              "/api/articles/bulk",
                              "application/json",
                              JSON.writeValueAsString(mine)),
                          idsByUrl,
                          created);
                  default -> {
                    StringBuilder ndjson = new StringBuilder();
                    for (Map<String, Object> article : mine) {
                      ndjson.append(JSON.writeValueAsString(article)).append('\n');
                    }
                    record(
                        mine,
                        send("/api/articles/bulk", "application/x-ndjson", ndjson.toString()),
                        idsByUrl,
                        created);
                  }
                }
                // The same text under another URL (a syndicated copy) is the same article.
                Map<String, Object> copy = new LinkedHashMap<>(story.get(client % story.size()));
                copy.put("url", "https://syndicated.example/" + run + "/" + client);
                HttpResponse<String> response =
                    send("/api/articles", "application/json", JSON.writeValueAsString(copy));
                assertEquals(200, response.statusCode(), response.body());
                idsByUrl
                    .get((String) story.get(client % story.size()).get("url"))
                    .add(JSON.readTree(response.body()).path("id").asLong());
                return null;
              }));
    }
    start.countDown();
    for (Future<?> client : clients) {
      client.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertEquals(story.size() + CLIENTS * OWN, created.get(), "each article created exactly once");
    Map<String, Long> idOf = new HashMap<>();
    idsByUrl.forEach(
        (url, ids) -> {
          assertEquals(1, ids.size(), url + " stored as " + ids);
          idOf.put(url, ids.iterator().next());
        });
    assertEquals(story.size() + CLIENTS * OWN, new HashSet<>(idOf.values()).size());

    Set<Long> storyIds = new HashSet<>();
    for (Map<String, Object> article : story) {
      JsonNode stored = get("/api/articles/" + idOf.get((String) article.get("url")));
      assertEquals(article.get("title"), stored.path("title").asText());
      storyIds.add(stored.path("storyId").asLong());
    }
    assertEquals(1, storyIds.size(), "the story's articles are in one story: " + storyIds);
    long storyId = storyIds.iterator().next();

    Set<Long> members = new HashSet<>();
    String cursor = "";
    do {
      JsonNode page =
          get(
              "/api/stories/"
                  + storyId
                  + "/articles?limit=100"
                  + (cursor.isEmpty()
                      ? ""
                      : "&cursor="
                          + java.net.URLEncoder.encode(
                              cursor, java.nio.charset.StandardCharsets.UTF_8)));
      page.path("items").forEach(item -> members.add(item.path("id").asLong()));
      cursor = page.path("next").asText("");
    } while (!cursor.isEmpty());
    for (Map<String, Object> article : story) {
      assertTrue(
          members.contains(idOf.get((String) article.get("url"))),
          "story lists " + article.get("url"));
    }
    assertEquals(
        members.size(),
        get("/api/stories/" + storyId).path("articleCount").asInt(),
        "story count matches its articles");

    JsonNode timeline = get("/api/stories/" + storyId + "/timeline?limit=100");
    assertTrue(timeline.path("entries").size() > 0, "the story has a timeline");
    timeline
        .path("entries")
        .forEach(
            entry ->
                entry
                    .path("sources")
                    .forEach(
                        source ->
                            assertTrue(
                                members.contains(source.path("articleId").asLong()),
                                "timeline cites a member: " + source)));
    assertEquals(
        timeline,
        get("/api/stories/" + storyId + "/timeline?limit=100"),
        "timeline is stable once ingest is over");
  }

  private static void record(
      List<Map<String, Object>> sent,
      HttpResponse<String> response,
      Map<String, Set<Long>> idsByUrl,
      AtomicInteger created)
      throws Exception {
    assertEquals(200, response.statusCode(), response.body());
    JsonNode items = JSON.readTree(response.body()).path("items");
    for (int i = 0; i < sent.size(); i++) {
      String status = items.path(i).path("status").asText();
      assertTrue(status.equals("created") || status.equals("existing"), items.path(i).toString());
      if (status.equals("created")) {
        created.incrementAndGet();
      }
      idsByUrl
          .computeIfAbsent((String) sent.get(i).get("url"), u -> ConcurrentHashMap.newKeySet())
          .add(items.path(i).path("id").asLong());
    }
  }

  private HttpResponse<String> send(String path, String contentType, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", contentType)
            .header("X-API-Key", TestApiKey.KEY)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofMinutes(1))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return JSON.readTree(response.body());
  }
}
