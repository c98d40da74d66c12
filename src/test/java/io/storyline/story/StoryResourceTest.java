package io.storyline.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.storyline.testing.DemoStory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryResourceTest {

  @Test
  void theFiveDemoArticlesFormOneStoryAndTheSpunCopyIsFlagged() {
    Map<String, Integer> ids = DemoStory.ingest();
    Set<Integer> storyIds =
        ids.values().stream().map(DemoStory::storyOf).collect(Collectors.toSet());
    assertEquals(1, storyIds.size(), "one story for the five demo articles: " + storyIds);
    int storyId = storyIds.iterator().next();

    given()
        .get("/api/stories/" + storyId)
        .then()
        .statusCode(200)
        .body("articleCount", equalTo(5))
        .body("firstPublishedAt", equalTo("2022-01-01T00:00:00Z"))
        .body("lastPublishedAt", equalTo("2022-01-10T00:00:00Z"));
    List<Integer> members =
        given()
            .get("/api/stories/" + storyId + "/articles?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertEquals(Set.copyOf(ids.values()), Set.copyOf(members));

    // 000 is a machine-spun rewrite of 001: one of the pair points at the other.
    int spun = ids.get("000");
    int original = ids.get("001");
    Integer flaggedOf =
        given()
            .get("/api/articles/" + Math.max(spun, original))
            .then()
            .extract()
            .path("nearDuplicateOf.id");
    assertEquals(Math.min(spun, original), flaggedOf);
    given()
        .get("/api/articles/" + ids.get("003"))
        .then()
        .body("$", not(org.hamcrest.Matchers.hasKey("nearDuplicateOf")));
  }

  @Test
  void aStoryCarriesAStrongEtagThatChangesWhenTheStoryGrows() {
    Map<String, Object> first =
        Map.of(
            "url",
            "https://example.org/tram-strike",
            "title",
            "Tram drivers strike in Ghent",
            "body",
            "Tram drivers in Ghent walked out on Friday over pay, halting every line in the city"
                + " for the day. The union said talks with the operator had failed after three"
                + " rounds this month.",
            "publishedAt",
            "2022-03-04T08:00:00Z");
    int story =
        DemoStory.storyOf(
            given()
                .contentType(ContentType.JSON)
                .body(first)
                .post("/api/articles")
                .then()
                .extract()
                .path("id"));
    var response =
        given()
            .get("/api/stories/" + story)
            .then()
            .statusCode(200)
            .header("Cache-Control", org.hamcrest.Matchers.notNullValue())
            .extract();
    String etag = response.header("ETag");
    org.junit.jupiter.api.Assertions.assertTrue(
        etag != null && etag.startsWith("\""), String.valueOf(etag));
    given().header("If-None-Match", etag).get("/api/stories/" + story).then().statusCode(304);
    given()
        .header("Accept-Encoding", "gzip")
        .get("/api/stories/" + story)
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip");
    Map<String, Object> second =
        Map.of(
            "url",
            "https://example.net/ghent-tram-strike",
            "title",
            "Ghent tram drivers strike over pay",
            "body",
            "Tram drivers in Ghent walked out on Friday over pay, halting every line in the city"
                + " for the day. The union said talks with the operator had failed after three"
                + " rounds this month. Buses ran as usual.",
            "publishedAt",
            "2022-03-04T10:00:00Z");
    int joined =
        given()
            .contentType(ContentType.JSON)
            .body(second)
            .post("/api/articles")
            .then()
            .extract()
            .path("id");
    assertEquals(story, DemoStory.storyOf(joined), "the rewrite joins the story");
    given()
        .header("If-None-Match", etag)
        .get("/api/stories/" + story)
        .then()
        .statusCode(200)
        .header("ETag", not(equalTo(etag)))
        .body("articleCount", equalTo(2));
  }

  @Test
  void anUnrelatedArticleStartsItsOwnStory() {
    int demoStory = DemoStory.storyOf(DemoStory.ingest().get("001"));
    Map<String, Object> football =
        Map.of(
            "title", "Late penalty settles the derby",
            "body",
                "A late penalty gave United a 2-1 win over City in the derby on Saturday. The"
                    + " striker scored from the spot after a foul in the box, and the home fans"
                    + " celebrated long after the whistle. City's manager said his side had"
                    + " deserved a draw.",
            "publishedAt", "2022-01-08T18:00:00Z");
    int id =
        given()
            .contentType(ContentType.JSON)
            .body(football)
            .post("/api/articles")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    int story = DemoStory.storyOf(id);
    assertNotEquals(demoStory, story);
    given()
        .get("/api/stories/" + story)
        .then()
        .body("articleCount", equalTo(1))
        .body("title", equalTo("Late penalty settles the derby"));
  }

  @Test
  void storiesArePagedNewestFirstWithoutRepeats() {
    DemoStory.ingest();
    var first = given().get("/api/stories?limit=1").then().statusCode(200).extract().jsonPath();
    List<Integer> seen = new java.util.ArrayList<>(first.getList("items.id"));
    String cursor = first.getString("next");
    while (cursor != null) {
      var page =
          given()
              .queryParam("limit", 1)
              .queryParam("cursor", cursor)
              .get("/api/stories")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      seen.addAll(page.getList("items.id"));
      cursor = page.getString("next");
    }
    assertEquals(seen.size(), Set.copyOf(seen).size());
    int total =
        given().get("/api/stories?limit=100").then().extract().jsonPath().getList("items").size();
    assertEquals(total, seen.size());
  }

  @Test
  void rebuildReclustersIntoTheSameStories() {
    Map<String, Integer> ids = DemoStory.ingest();
    given().post("/api/stories/rebuild").then().statusCode(200).body("stories", greaterThan(0));
    Set<Integer> storyIds =
        ids.values().stream().map(DemoStory::storyOf).collect(Collectors.toSet());
    assertEquals(1, storyIds.size());
    given()
        .get("/api/stories?limit=100")
        .then()
        .body("items.id", hasItem(storyIds.iterator().next()));
  }

  @Test
  void aRebuildKeepsTheDemoStoryItsIdItsTitleAndItsLinks() {
    Map<String, Integer> ids = DemoStory.ingest();
    int story = DemoStory.storyOf(ids.get("001"));
    // What a new user posts from the README, and a one-line test article.
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "url", "https://example.com/talks",
                "title", "NATO and Russia meet in Brussels",
                "body",
                    "NATO and Russian envoys met in Brussels on Wednesday, two days after talks in"
                        + " Geneva.",
                "publishedAt", "2022-01-12"))
        .post("/api/articles")
        .then()
        .statusCode(anyOf(equalTo(200), equalTo(201)));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title",
                "test",
                "body",
                "Testing the Russia talks API.",
                "publishedAt",
                "2022-01-11"))
        .post("/api/articles")
        .then()
        .statusCode(anyOf(equalTo(200), equalTo(201)));
    var before = given().get("/api/stories/" + story).then().statusCode(200).extract();
    String title = before.path("title");
    String etag = before.header("ETag");

    given().post("/api/stories/rebuild").then().statusCode(200);

    for (int article : ids.values()) {
      assertEquals(story, DemoStory.storyOf(article), "every demo article is still in " + story);
    }
    given()
        .get("/api/stories/" + story)
        .then()
        .statusCode(200)
        .body("title", equalTo(title))
        .header("ETag", not(equalTo(etag)));
    given().get("/api/stories/" + story + "/timeline?limit=5").then().statusCode(200);
    given().get("/api/stories/" + story + "/summary?sentences=5").then().statusCode(200);
    given().get("/api/stories/" + story + "/articles").then().statusCode(200);
  }

  @Test
  void unknownStoryIs404() {
    given()
        .get("/api/stories/424242424")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .get("/api/stories/abc/articles")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
