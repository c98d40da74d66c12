package io.storyline.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What was stored is there after a restart, byte for byte: in the default embedded H2 file, or in
 * PostgreSQL on the PostgreSQL build.
 */
class RestartIT {

  @org.junit.jupiter.api.BeforeAll
  static void writeWithTheTestKey() {
    io.storyline.testing.TestApiKey.install();
  }

  @Test
  void articlesSurviveARestartOnTheSameStore(@TempDir Path data) throws Exception {
    try (Store store = Store.in(data)) {
      surviveARestart(data, store);
    }
  }

  private void surviveARestart(Path data, Store store) throws Exception {
    Map<String, Object> article =
        Map.of(
            "url", "https://news.example/restart",
            "title", "Geneva talks open",
            "body",
                "U.S. and Russian officials met in Geneva on Monday.\n\n"
                    + "The talks lasted nearly eight hours.",
            "publishedAt", "2022-01-10T09:00:00Z");
    String text;
    int id;
    // The first start as packaged, with the default warm-up of 2,000 articles: ready only after it,
    // and it
    // stores nothing.
    try (PackagedService service =
        new PackagedService(data, store.with(Map.of(PackagedService.WARM_UP, "2000"))).start()) {
      var created =
          given()
              .baseUri(service.baseUri())
              .contentType(ContentType.JSON)
              .body(article)
              .post("/api/articles")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      id = created.getInt("id");
      text = created.getString("text");
      service.stop();
    }
    try (PackagedService service = new PackagedService(data, store.properties()).start()) {
      given()
          .baseUri(service.baseUri())
          .get("/api/articles/" + id)
          .then()
          .statusCode(200)
          .body("title", equalTo("Geneva talks open"))
          .body("text", equalTo(text))
          .body("publishedAt", equalTo("2022-01-10T09:00:00Z"));
      given()
          .baseUri(service.baseUri())
          .contentType(ContentType.JSON)
          .body(article)
          .post("/api/articles")
          .then()
          .statusCode(200)
          .body("id", equalTo(id));
      List<Integer> ids =
          given().baseUri(service.baseUri()).get("/api/articles").then().extract().path("items.id");
      assertEquals(List.of(id), ids);

      // Ids continue after a restart (the rest of the block the first run reserved is skipped,
      // never reused).
      int next =
          given()
              .baseUri(service.baseUri())
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "title",
                      "Talks resume",
                      "body",
                      "The talks resumed in Geneva on Tuesday.",
                      "publishedAt",
                      "2022-01-11"))
              .post("/api/articles")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      assertTrue(next > id, next + " after " + id);
    }
    // A new store's first article (and so its first story) is 1, after the warm-up too: the id the
    // README's
    // demo examples use.
    assertEquals(1, id);
  }
}
