package io.storyline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feed client as the fault tests want users to write one: it posts NDJSON bulks, and re-sends a
 * bulk that was not acknowledged (a 503 or 507 problem, or no answer) until it is. Records what it
 * saw: every refusal, the slowest answer, and the articles acknowledged, by id.
 */
final class ResendingFeed {
  private static final Set<Integer> RETRYABLE = Set.of(503, 507);

  /** One answer that was not an acknowledgement. */
  record Refusal(int status, long millis, int retryAfterSeconds, String type) {}

  private final ServiceClient client;
  private final Duration longestPause;
  private final List<Refusal> refusals = new ArrayList<>();
  private final Map<Long, Map<String, Object>> acknowledged = new LinkedHashMap<>();
  private int unanswered;
  private long slowestMillis;

  /**
   * @param longestPause the most the client waits before re-sending, whatever Retry-After says (the
   *     tests keep their run short; a real client waits as long as it is told)
   */
  ResendingFeed(ServiceClient client, Duration longestPause) {
    this.client = client;
    this.longestPause = longestPause;
  }

  /**
   * A feed of distinct articles about a few towns' councils, one a minute from 1 March 2022, cut in
   * bulks: enough alike that stories form, each article with a URL of its own.
   */
  static List<List<Map<String, Object>>> bulks(String tag, int articles, int perBulk) {
    String[] towns = {"Geneva", "Vienna", "Oslo", "Lisbon", "Tallinn", "Porto", "Bergen", "Graz"};
    List<List<Map<String, Object>>> bulks = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      if (i % perBulk == 0) {
        bulks.add(new ArrayList<>());
      }
      String town = towns[i % towns.length];
      bulks
          .get(bulks.size() - 1)
          .add(
              Map.of(
                  "url", "https://feed.example/" + tag + "/" + i,
                  "title", "Council of " + town + " publishes report number " + i,
                  "body",
                      "The council of "
                          + town
                          + " published report number "
                          + i
                          + " on Monday. Officials said the report covers "
                          + (i * 7 % 113)
                          + " projects in the region. A public hearing is planned for next month,"
                          + " the mayor's office said.",
                  "source", "feed.example",
                  "publishedAt",
                      java.time.Instant.parse("2022-03-01T00:00:00Z")
                          .plusSeconds(60L * i)
                          .toString()));
    }
    return bulks;
  }

  /** Posts one bulk once; true when it was acknowledged. */
  boolean send(List<Map<String, Object>> bulk) throws InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response =
          client.post("/api/articles/bulk", ServiceClient.NDJSON, ServiceClient.ndjson(bulk));
    } catch (IOException noAnswer) {
      unanswered++;
      return false;
    } finally {
      slowestMillis = Math.max(slowestMillis, (System.nanoTime() - start) / 1_000_000);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (response.statusCode() == 200) {
      JsonNode items = ServiceClient.json(response).path("items");
      assertEquals(bulk.size(), items.size(), ServiceClient.body(response));
      for (int i = 0; i < bulk.size(); i++) {
        String status = items.path(i).path("status").asText();
        assertTrue(status.equals("created") || status.equals("existing"), items.path(i).toString());
        long id = items.path(i).path("id").asLong();
        Map<String, Object> sent = bulk.get(i);
        Map<String, Object> before = acknowledged.put(id, sent);
        assertTrue(
            before == null || before.equals(sent),
            () ->
                "id " + id + " acknowledged for " + before.get("url") + " and " + sent.get("url"));
      }
      return true;
    }
    assertTrue(
        RETRYABLE.contains(response.statusCode()),
        "a store failure is a 503 or 507, never " + response.statusCode() + ": " + response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse(""),
        ServiceClient.body(response));
    JsonNode problem = ServiceClient.json(response);
    assertEquals(response.statusCode(), problem.path("status").asInt());
    int retryAfter =
        ServiceClient.retryAfter(response)
            .orElseThrow(() -> new AssertionError("no Retry-After: " + response.headers()));
    assertTrue(retryAfter > 0, "Retry-After " + retryAfter);
    refusals.add(
        new Refusal(response.statusCode(), millis, retryAfter, problem.path("type").asText()));
    return false;
  }

  /**
   * Posts a bulk until it is acknowledged, pausing as told between tries; false if it never was.
   */
  boolean sendUntilAcknowledged(List<Map<String, Object>> bulk, int tries)
      throws InterruptedException {
    for (int i = 0; i < tries; i++) {
      if (send(bulk)) {
        return true;
      }
      Thread.sleep(pauseMillis());
    }
    return false;
  }

  long pauseMillis() {
    int told = refusals.isEmpty() ? 1 : refusals.get(refusals.size() - 1).retryAfterSeconds();
    return Math.min(longestPause.toMillis(), told * 1000L);
  }

  /** Every article of the feed once, as sent, in a story that counts it. */
  void assertStoredOnce(ServiceClient client, List<List<Map<String, Object>>> bulks)
      throws IOException, InterruptedException {
    int sent = bulks.stream().mapToInt(List::size).sum();
    assertEquals(sent, acknowledged.size(), "every article acknowledged once, by one id");
    List<JsonNode> stored = client.allArticles();
    assertEquals(sent, stored.size(), "stored once each");
    Set<Long> storyIds = new HashSet<>();
    for (JsonNode article : stored) {
      Map<String, Object> sentAs = acknowledged.get(article.path("id").asLong());
      assertTrue(sentAs != null, "an acknowledged id: " + article);
      assertEquals(sentAs.get("url"), article.path("url").asText());
      assertEquals(sentAs.get("title"), article.path("title").asText());
      storyIds.add(article.path("storyId").asLong());
    }
    for (Map.Entry<Long, Map<String, Object>> entry : acknowledged.entrySet()) {
      JsonNode article = client.getJson("/api/articles/" + entry.getKey());
      assertEquals(entry.getValue().get("body"), article.path("text").asText(), "intact");
    }
    List<JsonNode> stories = client.allStories();
    assertEquals(
        storyIds, new HashSet<>(stories.stream().map(s -> s.path("id").asLong()).toList()));
    assertEquals(sent, stories.stream().mapToInt(s -> s.path("articleCount").asInt()).sum());
  }

  List<Refusal> refusals() {
    return refusals;
  }

  Map<Long, Map<String, Object>> acknowledged() {
    return acknowledged;
  }

  int unanswered() {
    return unanswered;
  }

  long slowestMillis() {
    return slowestMillis;
  }
}
