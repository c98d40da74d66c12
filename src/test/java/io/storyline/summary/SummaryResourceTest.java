package io.storyline.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.storyline.testing.DemoStory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SummaryResourceTest {

  @Test
  void theDemoStorySummaryNamesTheGenevaTalksWithoutJunkOrSpunWording() {
    Map<String, Integer> ids = DemoStory.ingest();
    int story = DemoStory.storyOf(ids.get("001"));
    JsonPath summary =
        given()
            .get("/api/stories/" + story + "/summary?sentences=5")
            .then()
            .statusCode(200)
            .body("storyId", equalTo(story))
            .body("sentences", hasSize(5))
            .extract()
            .jsonPath();
    List<String> sentences = summary.getList("sentences.text");
    String all = String.join(" ", sentences);
    assertTrue(all.contains("Geneva"), all);
    assertTrue(all.toLowerCase(java.util.Locale.ROOT).contains("talks"), all);
    for (String junk :
        List.of(
            "Advertisement",
            "Getty Images",
            "Leave a reply",
            "Previous article",
            "Source link",
            "Related")) {
      assertFalse(all.contains(junk), junk + " in " + all);
    }
    for (String spun :
        List.of("A prospects wears", "officers are gathering", "Jap Europe", "final month")) {
      assertFalse(all.contains(spun), "spun wording '" + spun + "' in " + all);
    }
    // Every sentence is verbatim at its offsets in its article's stored text.
    for (int i = 0; i < sentences.size(); i++) {
      int articleId = summary.getInt("sentences[" + i + "].articleId");
      String text = given().get("/api/articles/" + articleId).then().extract().path("text");
      assertEquals(
          sentences.get(i),
          text.substring(
              summary.getInt("sentences[" + i + "].start"),
              summary.getInt("sentences[" + i + "].end")));
    }
  }

  @Test
  void anArticleSummaryKeepsToTheRequestedLength() {
    int article = DemoStory.ingest().get("003");
    given()
        .get("/api/articles/" + article + "/summary")
        .then()
        .statusCode(200)
        .body("sentences", hasSize(3));
    given()
        .get("/api/articles/" + article + "/summary?sentences=2")
        .then()
        .statusCode(200)
        .body("sentences", hasSize(2));
    List<String> byWords =
        given()
            .get("/api/articles/" + article + "/summary?words=60")
            .then()
            .statusCode(200)
            .extract()
            .path("sentences.text");
    int words = byWords.stream().mapToInt(s -> s.split("\\s+").length).sum();
    assertTrue(words <= 60 && !byWords.isEmpty(), byWords.toString());
  }

  @Test
  void summariesCarryAStrongEtagAndAnswer304() {
    int story = DemoStory.storyOf(DemoStory.ingest().get("001"));
    String etag =
        given()
            .get("/api/stories/" + story + "/summary")
            .then()
            .statusCode(200)
            .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"))
            .extract()
            .header("ETag");
    assertTrue(etag.startsWith("\"") && !etag.startsWith("W/"), etag);
    given()
        .header("If-None-Match", etag)
        .get("/api/stories/" + story + "/summary")
        .then()
        .statusCode(304);
    given()
        .header("If-None-Match", "\"other\"")
        .get("/api/stories/" + story + "/summary")
        .then()
        .statusCode(200);
  }

  @Test
  void lengthParametersAreBounded() {
    int article = DemoStory.ingest().get("003");
    given()
        .get("/api/articles/" + article + "/summary?sentences=0")
        .then()
        .statusCode(400)
        .body("field", equalTo("sentences"));
    given()
        .get("/api/articles/" + article + "/summary?sentences=21")
        .then()
        .statusCode(400)
        .body("field", equalTo("sentences"));
    given()
        .get("/api/articles/" + article + "/summary?words=5000")
        .then()
        .statusCode(400)
        .body("field", equalTo("words"));
    given()
        .get("/api/articles/" + article + "/summary?words=x")
        .then()
        .statusCode(400)
        .body("field", equalTo("words"));
    given()
        .get("/api/articles/" + article + "/summary?words=50&sentences=2")
        .then()
        .statusCode(400)
        .body("errors", hasSize(2));
    given()
        .get("/api/stories/987654321/summary")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/articles/987654321/summary").then().statusCode(404);
    given()
        .get("/api/articles/" + article + "/summary?sentences=20")
        .then()
        .statusCode(200)
        .body("sentences.size()", lessThanOrEqualTo(20));
  }
}
