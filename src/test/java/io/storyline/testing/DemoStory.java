package io.storyline.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.storyline.article.ArticleInput;
import io.storyline.ingest.DemoLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingests the demo story (the five Geneva-talks articles) through the API and names the ids it got.
 */
public final class DemoStory {
  private DemoStory() {}

  /**
   * Article ids by demo file number ("000" ... "004"). Idempotent: a second call returns the same
   * ids.
   */
  public static Map<String, Integer> ingest() {
    List<ArticleInput> demo = DemoLoader.demoArticles();
    List<Map<String, Object>> items =
        given()
            .contentType(ContentType.JSON)
            .body(demo)
            .post("/api/articles/bulk")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < demo.size(); i++) {
      String url = demo.get(i).url();
      ids.put(url.substring(url.length() - 3), (Integer) items.get(i).get("id"));
    }
    return ids;
  }

  public static int storyOf(int articleId) {
    return given()
        .get("/api/articles/" + articleId)
        .then()
        .statusCode(200)
        .extract()
        .path("storyId");
  }
}
