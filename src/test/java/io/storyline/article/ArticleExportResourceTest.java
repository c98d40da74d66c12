package io.storyline.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.storyline.testing.TestApiKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/articles/export}: every stored article once, oldest first, as the lines {@code
 * POST /api/articles/bulk} takes, in pages named by X-Next-Cursor; the API key is needed.
 */
@QuarkusTest
class ArticleExportResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> BULK_FIELDS =
      Set.of("url", "title", "body", "source", "publishedAt", "language");

  /** Articles as sent: some with every field, some with only title and body, one in HTML. */
  private static List<Map<String, Object>> sent(String tag) {
    List<Map<String, Object>> articles = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Map<String, Object> article = new LinkedHashMap<>();
      article.put("title", "Tram line " + i + " reopens " + tag);
      article.put(
          "body",
          i == 3
              ? "<p>The tram line " + i + " reopens on <b>Monday</b>, notice " + tag + ".</p>"
              : "The tram line " + i + " reopens on Monday after repairs, notice " + tag + ".");
      if (i % 2 == 0) {
        article.put("url", "https://news.example/export/" + tag + "/" + i);
        article.put("source", "example-" + tag);
        article.put("publishedAt", "2022-05-0" + (i + 1) + "T06:30:00Z");
        article.put("language", "en-GB");
      }
      articles.add(article);
    }
    return articles;
  }

  @Test
  void everyArticleOnceInOrderAsBulkTakesIt() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<Map<String, Object>> sent = sent(tag);
    List<Integer> ids =
        given()
            .contentType(ContentType.JSON)
            .body(sent)
            .post("/api/articles/bulk")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");

    List<String> lines = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    int pages = 0;
    do {
      Response page = page(cursor, 3);
      List<String> pageLines = page.asString().lines().toList();
      assertTrue(pageLines.size() <= 3, "a page holds at most limit articles");
      cursor = Optional.ofNullable(page.header(ArticleExportResource.NEXT_CURSOR));
      if (cursor.isPresent()) {
        assertEquals(3, pageLines.size(), "only the last page is short");
        assertTrue(page.header("Link").contains("cursor=" + cursor.get()), page.header("Link"));
        assertTrue(page.header("Link").endsWith("; rel=\"next\""), page.header("Link"));
      }
      lines.addAll(pageLines);
      pages++;
    } while (cursor.isPresent() && pages < 10_000);

    List<JsonNode> ours = new ArrayList<>();
    for (String line : lines) {
      JsonNode exported = JSON.readTree(line);
      exported.fieldNames().forEachRemaining(f -> assertTrue(BULK_FIELDS.contains(f), f));
      if (exported.path("title").asText().endsWith(tag)) {
        ours.add(exported);
      }
    }
    assertEquals(sent.size(), ours.size(), "each article once");
    for (int i = 0; i < sent.size(); i++) {
      Map<String, Object> expected = new HashMap<>(sent.get(i));
      if (!expected.containsKey("publishedAt")) {
        String stored = given().get("/api/articles/" + ids.get(i)).path("publishedAt");
        expected.put("publishedAt", stored); // the time of ingest, as stored
      }
      assertEquals(expected, JSON.convertValue(ours.get(i), Map.class), "in the order stored");
    }

    String back = String.join("\n", ours.stream().map(JsonNode::toString).toList());
    given()
        .contentType("application/x-ndjson")
        .body(back.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/articles/bulk")
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("existing", equalTo(sent.size()))
        .body("items.id", equalTo(ids));
  }

  @Test
  void aPageAskedForAgainIsTheSamePage() {
    given().contentType(ContentType.JSON).body(sent("again")).post("/api/articles/bulk");
    Response first = page(Optional.empty(), 2);
    String next = first.header(ArticleExportResource.NEXT_CURSOR);
    assertEquals(page(Optional.of(next), 2).asString(), page(Optional.of(next), 2).asString());
    given()
        .queryParam("cursor", next)
        .queryParam("limit", 2)
        .get("/api/articles/export")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store");
  }

  @Test
  void exportNeedsTheApiKey() {
    given()
        .header("X-API-Key", "")
        .get("/api/articles/export")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .header("X-API-Key", "not-a-key")
        .get("/api/articles/export")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "10001", "ten", "-1"})
  void aLimitOutOfRangeIsA400(String limit) {
    given()
        .queryParam("limit", limit)
        .get("/api/articles/export")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("limit"));
  }

  @Test
  void aCursorNotOfTheExportIsA400() {
    given().contentType(ContentType.JSON).body(sent("cursor")).post("/api/articles/bulk");
    String listCursor = given().get("/api/articles?limit=1").path("next");
    for (String cursor : List.of(listCursor, "not-a-cursor")) {
      given()
          .queryParam("cursor", cursor)
          .get("/api/articles/export")
          .then()
          .statusCode(400)
          .body("field", equalTo("cursor"));
    }
  }

  private static Response page(Optional<String> cursor, int limit) {
    var request = given().header("X-API-Key", TestApiKey.KEY).queryParam("limit", limit);
    cursor.ifPresent(c -> request.queryParam("cursor", c));
    Response response = request.get("/api/articles/export");
    response.then().statusCode(200).contentType("application/x-ndjson");
    return response;
  }
}
