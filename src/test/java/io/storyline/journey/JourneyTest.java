package io.storyline.journey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.storyline.article.ArticleInput;
import io.storyline.ingest.DemoLoader;
import io.storyline.testing.TestApiKey;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main user journey end to end: a feed arrives as NDJSON → the articles form one story → it has
 * a summary → its timeline shows the Geneva, Brussels and Vienna meetings. {@code JourneyIT} runs
 * the same against the packaged application (the jar here, the native executable where one is
 * built).
 */
@QuarkusTest
class JourneyTest {

  @BeforeEach
  void writeWithTheTestKey() {
    TestApiKey.install();
  }

  @Test
  void aFeedBecomesAStoryWithASummaryAndATimeline() throws Exception {
    ObjectMapper json = new ObjectMapper();
    StringBuilder feed = new StringBuilder();
    for (ArticleInput article : DemoLoader.demoArticles()) {
      feed.append(json.writeValueAsString(article)).append('\n');
    }
    List<Integer> ids =
        given()
            .contentType("application/x-ndjson")
            .body(feed.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .post("/api/articles/bulk")
            .then()
            .statusCode(200)
            .body("rejected", equalTo(0))
            .extract()
            .path("items.id");
    assertEquals(5, ids.size());

    Set<Integer> stories =
        ids.stream()
            .map(
                id ->
                    given()
                        .get("/api/articles/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("storyId"))
            .collect(Collectors.toSet());
    assertEquals(1, stories.size(), "the five copies form one story");
    int story = stories.iterator().next();
    given().get("/api/stories").then().statusCode(200).body("items.id", hasItem(story));

    List<String> summary =
        given()
            .get("/api/stories/" + story + "/summary")
            .then()
            .statusCode(200)
            .extract()
            .path("sentences.text");
    assertTrue(String.join(" ", summary).contains("Geneva"), summary.toString());

    var timeline =
        given()
            .get("/api/stories/" + story + "/timeline?from=2022-01-10&to=2022-01-13")
            .then()
            .statusCode(200)
            .body("entries.size()", greaterThan(2))
            .extract()
            .jsonPath();
    List<List<String>> places = timeline.getList("entries.places");
    Set<String> all = places.stream().flatMap(List::stream).collect(Collectors.toSet());
    assertTrue(all.containsAll(Set.of("Geneva", "Brussels", "Vienna")), all.toString());

    given()
        .get("/api/stories/" + story + "/timeline?format=timelinejs")
        .then()
        .statusCode(200)
        .body("events.size()", greaterThan(10));
  }
}
