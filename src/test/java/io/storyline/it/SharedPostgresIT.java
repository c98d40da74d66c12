package io.storyline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.article.ArticleInput;
import io.storyline.ingest.DemoLoader;
import io.storyline.testing.ScratchDatabase;
import io.storyline.testing.TestApiKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two service instances on one PostgreSQL database ingest the demo story at the same time (half
 * each, then everything again from both): one article per article, one story, both instances agree.
 * Runs with -Dquarkus.datasource.db-kind=postgresql (the packaged service, jar or native
 * executable, is then built for PostgreSQL), on a database of its own.
 */
@EnabledIfSystemProperty(named = "test-db.kind", matches = "postgresql")
class SharedPostgresIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void twoInstancesIngestingTheSameStoryAtOnceMakeOneStory(@TempDir Path dataA, @TempDir Path dataB)
      throws Exception {
    try (ScratchDatabase database = ScratchDatabase.create();
        PackagedService a = new PackagedService(dataA, database.properties()).start();
        PackagedService b = new PackagedService(dataB, database.properties()).start()) {
      List<ArticleInput> demo = DemoLoader.demoArticles();
      List<ArticleInput> evens = new ArrayList<>();
      List<ArticleInput> odds = new ArrayList<>();
      for (int i = 0; i < demo.size(); i++) {
        (i % 2 == 0 ? evens : odds).add(demo.get(i));
      }
      CompletableFuture<Set<Long>> fromA =
          CompletableFuture.supplyAsync(() -> singles(a.baseUri(), evens));
      CompletableFuture<Set<Long>> fromB =
          CompletableFuture.supplyAsync(() -> singles(b.baseUri(), odds));
      Set<Long> ids = new HashSet<>(fromA.join());
      ids.addAll(fromB.join());
      assertEquals(demo.size(), ids.size());
      // Everything again from both at once: nothing new.
      CompletableFuture<JsonNode> againA =
          CompletableFuture.supplyAsync(() -> bulk(a.baseUri(), demo));
      CompletableFuture<JsonNode> againB =
          CompletableFuture.supplyAsync(() -> bulk(b.baseUri(), demo));
      assertEquals(
          0, againA.join().path("created").asInt() + againB.join().path("created").asInt());

      for (PackagedService instance : List.of(a, b)) {
        JsonNode stories = get(instance.baseUri() + "/api/stories?limit=100");
        assertEquals(
            1, stories.path("items").size(), "one story on " + instance.baseUri() + ": " + stories);
        assertEquals(demo.size(), stories.path("items").path(0).path("articleCount").asInt());
        JsonNode articles = get(instance.baseUri() + "/api/articles?limit=100");
        assertEquals(demo.size(), articles.path("items").size(), "no duplicate articles");
        Set<Long> storyIds = new HashSet<>();
        articles.path("items").forEach(item -> storyIds.add(item.path("storyId").asLong()));
        assertEquals(1, storyIds.size());
      }
    }
  }

  private Set<Long> singles(String base, List<ArticleInput> articles) {
    Set<Long> ids = new HashSet<>();
    for (ArticleInput article : articles) {
      HttpResponse<String> response = post(base + "/api/articles", article);
      assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
      ids.add(read(response.body()).path("id").asLong());
    }
    return ids;
  }

  private JsonNode bulk(String base, List<ArticleInput> articles) {
    HttpResponse<String> response = post(base + "/api/articles/bulk", articles);
    assertEquals(200, response.statusCode(), response.body());
    return read(response.body());
  }

  private HttpResponse<String> post(String uri, Object body) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(uri))
              .timeout(Duration.ofMinutes(2))
              .header("Content-Type", "application/json")
              .header("X-API-Key", TestApiKey.KEY)
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode get(String uri) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofMinutes(1)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), uri + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
  }
}
