package io.storyline.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ArticleResourceTest {

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> article(String tag) {
    return Map.of(
        "url", "https://news.example/" + tag,
        "title", "Library hours " + tag,
        "body",
            "The city library will open longer on weekends. Notice "
                + tag
                + " says the reading room stays open until nine.",
        "source", "example-" + tag,
        "publishedAt", "2022-01-10");
  }

  @Test
  void createReturns201WithLocationAndTheStoredArticle() {
    String tag = unique();
    int id =
        given()
            .contentType(ContentType.JSON)
            .body(article(tag))
            .when()
            .post("/api/articles")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/articles/"))
            .body("title", equalTo("Library hours " + tag))
            .body("publishedAt", equalTo("2022-01-10T00:00:00Z"))
            .body("text", containsString("open longer on weekends"))
            .extract()
            .path("id");

    given()
        .when()
        .get("/api/articles/" + id)
        .then()
        .statusCode(200)
        .body("url", equalTo("https://news.example/" + tag))
        .body("source", equalTo("example-" + tag));
  }

  @Test
  void resendingTheSameUrlOrTheSameTextCreatesNothing() {
    String tag = unique();
    int id =
        given()
            .contentType(ContentType.JSON)
            .body(article(tag))
            .post("/api/articles")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    given()
        .contentType(ContentType.JSON)
        .body(article(tag))
        .post("/api/articles")
        .then()
        .statusCode(200)
        .body("id", equalTo(id));

    Map<String, Object> sameTextOtherUrl = new java.util.HashMap<>(article(tag));
    sameTextOtherUrl.put("url", "https://mirror.example/" + tag);
    sameTextOtherUrl.put(
        "body",
        "  The city library will open LONGER on weekends.\n\nNotice "
            + tag
            + " says the reading room stays open until nine. ");
    given()
        .contentType(ContentType.JSON)
        .body(sameTextOtherUrl)
        .post("/api/articles")
        .then()
        .statusCode(200)
        .body("id", equalTo(id));
  }

  @Test
  void bulkJsonReportsEachItemAndABadItemRejectsNoOther() {
    String tag = unique();
    List<Object> items =
        List.of(
            article(tag + "a"),
            Map.of("title", "no body " + tag),
            article(tag + "b"),
            "not an object");
    given()
        .contentType(ContentType.JSON)
        .body(items)
        .when()
        .post("/api/articles/bulk")
        .then()
        .statusCode(200)
        .body("created", equalTo(2))
        .body("rejected", equalTo(2))
        .body("items.status", equalTo(List.of("created", "rejected", "created", "rejected")))
        .body("items[1].errors[0].field", equalTo("body"))
        .body("items[3].errors[0].field", equalTo("[3]"));
    given().get("/api/articles?source=example-" + tag + "b").then().body("items", hasSize(1));
  }

  @Test
  void bulkNdjsonStoresGoodLinesAndNamesTheBadLine() {
    String tag = unique();
    String ndjson =
        toJson(article(tag + "a"))
            + "\n{not json\n\n"
            + toJson(article(tag + "b"))
            + "\n"
            + toJson(article(tag + "a"))
            + "\n";
    given()
        .contentType("application/x-ndjson")
        .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .when()
        .post("/api/articles/bulk")
        .then()
        .statusCode(200)
        .body("created", equalTo(2))
        .body("existing", equalTo(1))
        .body("rejected", equalTo(1))
        .body("items[1].errors[0].field", equalTo("line 2"));
  }

  @Test
  void pagingWalksEveryArticleOnceWithoutGapsOrRepeats() {
    String source = "paging-" + unique();
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      Map<String, Object> a = new java.util.HashMap<>(article(source + "-" + i));
      a.put("source", source);
      batch.add(a);
    }
    given()
        .contentType(ContentType.JSON)
        .body(batch)
        .post("/api/articles/bulk")
        .then()
        .body("created", equalTo(23));

    Set<Integer> seen = new HashSet<>();
    List<Integer> order = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var page =
          given()
              .queryParam("source", source)
              .queryParam("limit", 5)
              .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
              .get("/api/articles")
              .then()
              .statusCode(200)
              .body("items.text", everyItem(nullValue()))
              .extract()
              .jsonPath();
      List<Integer> ids = page.getList("items.id");
      order.addAll(ids);
      ids.forEach(id -> assertTrue(seen.add(id), "repeated " + id));
      cursor = page.getString("next");
      pages++;
    } while (cursor != null);
    assertEquals(23, seen.size());
    assertEquals(5, pages);
    List<Integer> sorted = new ArrayList<>(order);
    sorted.sort((a, b) -> b - a);
    assertEquals(sorted, order, "newest first");
  }

  @Test
  void dateFiltersSelectByPublicationTime() {
    String source = "dates-" + unique();
    for (String day : List.of("2021-12-30", "2022-01-02", "2022-01-10")) {
      Map<String, Object> a = new java.util.HashMap<>(article(source + day));
      a.put("source", source);
      a.put("publishedAt", day + "T12:00:00Z");
      given().contentType(ContentType.JSON).body(a).post("/api/articles").then().statusCode(201);
    }
    given()
        .queryParam("source", source)
        .queryParam("from", "2022-01-01")
        .queryParam("to", "2022-01-10")
        .get("/api/articles")
        .then()
        .statusCode(200)
        .body("items.publishedAt", equalTo(List.of("2022-01-02T12:00:00Z")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing title      | {\"body\":\"Some text.\"}                                            "
            + " | title",
        "blank body         | {\"title\":\"T\",\"body\":\"   \"}                                   "
            + " | body",
        "ftp url            | {\"title\":\"T\",\"body\":\"B.\",\"url\":\"ftp://x.example/a\"}      "
            + "  | url",
        "relative url       | {\"title\":\"T\",\"body\":\"B.\",\"url\":\"/news/1\"}                "
            + "  | url",
        "bad date           | {\"title\":\"T\",\"body\":\"B.\",\"publishedAt\":\"10/01/2022\"}     "
            + "  | publishedAt",
        "impossible date    | {\"title\":\"T\",\"body\":\"B.\",\"publishedAt\":\"2022-02-30\"}     "
            + "  | publishedAt",
        "year zero          | {\"title\":\"T\",\"body\":\"B.\",\"publishedAt\":\"0000-01-01\"}     "
            + "  | publishedAt",
        "bad language       | {\"title\":\"T\",\"body\":\"B.\",\"language\":\"english please\"}    "
            + "  | language",
        "NUL in body        | {\"title\":\"T\",\"body\":\"B\\u0000.\"}                             "
            + " | body",
        "wrong type         | {\"title\":[1,2],\"body\":\"B.\"}                                    "
            + " | title",
        "unknown field      | {\"title\":\"T\",\"body\":\"B.\",\"author\":\"x\"}                   "
            + "  | author",
      })
  void invalidArticlesAreProblemsNamingTheField(String name, String json, String field) {
    given()
        .contentType(ContentType.JSON)
        .body(json)
        .when()
        .post("/api/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("title", notNullValue())
        .body("type", notNullValue())
        .body("field", equalTo(field))
        .body(not(containsString("Exception")));
  }

  @Test
  void tooLongTitleIsRejectedWithItsLimit() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "x".repeat(501), "body", "B."))
        .post("/api/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("title"))
        .body("detail", containsString("500"));
  }

  @Test
  void malformedJsonIsAProblem() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"title\": \"T\", ")
        .post("/api/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Malformed JSON"));
  }

  @Test
  void unknownArticleAndPathAre404Problems() {
    given()
        .get("/api/articles/999999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("999999999"));
    given()
        .get("/api/articles/not-a-number")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .delete("/api/articles/999999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void wrongMethodAndMediaTypeAreProblems() {
    given()
        .put("/api/articles")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", equalTo("GET, POST, HEAD, OPTIONS"));
    given()
        .delete("/api/stories/rebuild")
        .then()
        .statusCode(405)
        .header("Allow", equalTo("POST, OPTIONS"));
    given()
        .put("/api/articles/1")
        .then()
        .statusCode(405)
        .header("Allow", equalTo("GET, DELETE, HEAD, OPTIONS"));
    given()
        .contentType(ContentType.XML)
        .body("<a/>")
        .post("/api/articles")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void badPagingParametersAreProblems() {
    given()
        .queryParam("limit", 100000)
        .get("/api/articles")
        .then()
        .statusCode(400)
        .body("field", equalTo("limit"));
    given()
        .queryParam("limit", "ten")
        .get("/api/articles")
        .then()
        .statusCode(400)
        .body("field", equalTo("limit"));
    given()
        .queryParam("cursor", "garbage!")
        .get("/api/articles")
        .then()
        .statusCode(400)
        .body("field", equalTo("cursor"));
    given()
        .queryParam("from", "yesterday")
        .get("/api/articles")
        .then()
        .statusCode(400)
        .body("field", equalTo("from"));
  }

  @Test
  void deleteRemovesTheArticle() {
    int id =
        given()
            .contentType(ContentType.JSON)
            .body(article(unique()))
            .post("/api/articles")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given().delete("/api/articles/" + id).then().statusCode(204);
    given().get("/api/articles/" + id).then().statusCode(404);
  }

  @Test
  void rootLinksToSwaggerUiAndTheOpenApiDocumentDescribesTheApi() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"))
        .body(containsString("href=\"/q/swagger-ui\""))
        .body(containsString("story.page"));
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Storyline API"))
        .body("paths", org.hamcrest.Matchers.hasKey("/api/articles"));
    given().get("/q/swagger-ui/").then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  static String toJson(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theReadmesSampleFeedStoresEveryLineAndResendingItCreatesNothing() throws Exception {
    byte[] feed = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/feed.ndjson"));
    int lines = (int) new String(feed, java.nio.charset.StandardCharsets.UTF_8).lines().count();
    List<Integer> ids =
        given()
            .contentType("application/x-ndjson")
            .body(feed)
            .post("/api/articles/bulk")
            .then()
            .statusCode(200)
            .body("rejected", equalTo(0))
            .body("items.size()", equalTo(lines))
            .extract()
            .path("items.id");
    given()
        .contentType("application/x-ndjson")
        .body(feed)
        .post("/api/articles/bulk")
        .then()
        .statusCode(200)
        .body("existing", equalTo(lines))
        .body("created", equalTo(0));
    // Other tests count stories and articles: leave the store as it was.
    ids.forEach(id -> given().delete("/api/articles/" + id).then().statusCode(204));
  }

  @ParameterizedTest(name = "[{index}] {0} body ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "application/x-ndjson | ''",
        "application/x-ndjson | '\n  \n'",
        "application/json     | ''",
        "application/json     | '[]'"
      })
  void aBulkRequestWithoutAnArticleIsA400(String type, String body) {
    given()
        .contentType(type)
        .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/articles/bulk")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("body"));
  }

  @Test
  void rejectionsNameTheFieldAndNoJavaType() {
    String bulk =
        given()
            .contentType("application/x-ndjson")
            .body(
                "{\"title\": [1], \"body\": \"B.\"}\n{\"title\": \"T\", \"colour\": 1}\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .post("/api/articles/bulk")
            .then()
            .statusCode(200)
            .body("rejected", equalTo(2))
            .body("items[0].errors[0].field", equalTo("line 1.title"))
            .body("items[0].errors[0].detail", equalTo("must be a string"))
            .body("items[1].errors[0].field", equalTo("line 2.colour"))
            .body("items[1].errors[0].detail", equalTo("is not a known field"))
            .extract()
            .asString();
    String single =
        given()
            .contentType(ContentType.JSON)
            .body("[]")
            .post("/api/articles")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("detail", containsString("must be an object"))
            .extract()
            .asString();
    for (String answer : List.of(bulk, single)) {
      assertTrue(
          !answer.contains("io.storyline") && !answer.contains("java.") && !answer.contains("`"),
          answer);
    }
  }
}
