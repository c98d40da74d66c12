package io.storyline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.storyline.testing.DemoStory;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryPageResourceTest {

  @Test
  void theStoryJsonLinksToAPageThatDrawsItsTimelineWithAssetsOfTheServiceItself() {
    int story = DemoStory.storyOf(DemoStory.ingest().get("001"));
    var json =
        given()
            .get("/api/stories/" + story)
            .then()
            .statusCode(200)
            .body("page", equalTo("/stories/" + story))
            .extract();
    String page = json.path("page");
    // Other tests of the suite may add articles to the demo story: counted as the JSON counts them.
    int articles = json.path("articleCount");
    given()
        .get("/api/stories?limit=100")
        .then()
        .body("items.find { it.id == " + story + " }.page", equalTo(page));
    String html =
        given()
            .get(page)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/html"))
            .body(containsString("<script src=\"/timelinejs/js/timeline.js\"></script>"))
            .body(containsString("/api/stories/" + story + "/timeline?format=timelinejs"))
            .body(containsString(articles + " articles, 1 January 2022 to "))
            // Offline: nothing the page loads comes from another host.
            .body(not(containsString("src=\"http")))
            .body(not(containsString("href=\"http")))
            .extract()
            .asString();
    org.junit.jupiter.api.Assertions.assertTrue(html.contains("<h1>"), html);
    given().get("/timelinejs/js/timeline.js").then().statusCode(200).body(containsString("TL"));
    given().get("/timelinejs/css/timeline.css").then().statusCode(200);
    given().get("/timelinejs/css/icons/tl-icons.woff2").then().statusCode(200);
  }

  @Test
  void aTitleIsEscapedIntoThePage() {
    int id =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title", "Pipes <burst> & \"floods\" in Leeds",
                    "body",
                        "Water pipes burst in Leeds on Monday, flooding three streets near the"
                            + " station.",
                    "publishedAt", "2023-02-06"))
            .post("/api/articles")
            .then()
            .extract()
            .path("id");
    given()
        .get("/stories/" + DemoStory.storyOf(id))
        .then()
        .statusCode(200)
        .body(containsString("Pipes &lt;burst&gt; &amp; &quot;floods&quot; in Leeds"))
        .body(not(containsString("<burst>")));
  }

  @Test
  void anUnknownStoryIsAProblem() {
    given()
        .get("/stories/424242424")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
