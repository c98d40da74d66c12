package io.storyline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.storyline.testing.DemoStory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a client generator reads from /q/openapi (the full check is src/test/contract/check.sh). */
@QuarkusTest
class OpenApiDocumentTest {
  private static JsonPath document() {
    return given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
  }

  private static List<Map<String, Object>> operations(JsonPath doc) {
    List<Map<String, Object>> operations = new ArrayList<>();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    paths.forEach(
        (path, methods) ->
            methods.forEach(
                (method, operation) -> {
                  Map<String, Object> named = new java.util.HashMap<>(operation);
                  named.put("path", path);
                  named.put("method", method);
                  operations.add(named);
                }));
    return operations;
  }

  @Test
  void everyOperationHasAUniqueOperationIdAndEveryErrorIsAProblem() {
    Set<String> ids = new HashSet<>();
    for (Map<String, Object> operation : operations(document())) {
      String where = operation.get("method") + " " + operation.get("path");
      String id = (String) operation.get("operationId");
      assertTrue(id != null && ids.add(id), where + ": operationId " + id);
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> responses =
          (Map<String, Map<String, Object>>) operation.get("responses");
      assertTrue(
          responses.keySet().stream().anyMatch(code -> code.startsWith("2")), where + ": no 2xx");
      responses.forEach(
          (code, response) -> {
            if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
              assertEquals(
                  Set.of(Problem.MEDIA_TYPE),
                  ((Map<?, ?>) response.get("content")).keySet(),
                  where + " " + code);
            }
          });
      if (operation.get("path").toString().contains("{id}")) {
        assertTrue(responses.containsKey("404"), where + ": no 404");
      }
    }
  }

  @Test
  void parametersAreTypedWithTheirBounds() {
    JsonPath doc = document();
    String timeline = "paths.'/api/stories/{id}/timeline'.get.parameters";
    assertEquals("integer", doc.get(timeline + ".find { it.name == 'id' }.schema.type"));
    assertEquals("int64", doc.get(timeline + ".find { it.name == 'id' }.schema.format"));
    assertEquals(1, (int) doc.get(timeline + ".find { it.name == 'limit' }.schema.minimum"));
    assertEquals(100, (int) doc.get(timeline + ".find { it.name == 'limit' }.schema.maximum"));
    assertEquals("integer", doc.get(timeline + ".find { it.name == 'minSources' }.schema.type"));
    assertEquals("date", doc.get(timeline + ".find { it.name == 'from' }.schema.format"));
    assertEquals("boolean", doc.get(timeline + ".find { it.name == 'summary' }.schema.type"));
    assertEquals(
        "integer",
        doc.get("paths.'/api/articles'.get.parameters.find { it.name == 'limit' }.schema.type"));
    assertEquals(
        "^\\d{4}-\\d{2}-\\d{2}([Tt].+)?$",
        doc.get("paths.'/api/stories'.get.parameters.find { it.name == 'from' }.schema.pattern"));
  }

  @Test
  void everyIdIsANumberAndAnUnknownOneIsA404SayingWhatIsMissing() {
    JsonPath doc = document();
    for (Map<String, Object> operation : operations(doc)) {
      String path = (String) operation.get("path");
      if (!path.contains("{id}")) {
        continue;
      }
      String at = "paths.'" + path + "'." + operation.get("method");
      assertEquals("integer", doc.get(at + ".parameters.find { it.name == 'id' }.schema.type"), at);
      assertEquals("int64", doc.get(at + ".parameters.find { it.name == 'id' }.schema.format"), at);
      String missing = path.contains("stories") ? "No such story" : "No such article";
      assertEquals(missing, doc.get(at + ".responses.'404'.description"), at);
    }
  }

  @Test
  void theTimelineIsTypedInBothMediaTypesAndWritesDocumentTheirSuccess() {
    JsonPath doc = document();
    String ok = "paths.'/api/stories/{id}/timeline'.get.responses.'200'.content";
    // JSON is the timeline, or with ?dates= its key dates.
    assertEquals(
        List.of("#/components/schemas/Timeline", "#/components/schemas/KeyDates"),
        doc.getList(ok + ".'application/json'.schema.oneOf.'$ref'"));
    assertEquals(
        "#/components/schemas/TimelineJsDocument",
        doc.get(ok + ".'application/vnd.timelinejs+json'.schema.'$ref'"));
    assertEquals(
        List.of("title", "events"), doc.getList("components.schemas.TimelineJsDocument.required"));
    assertEquals(
        "#/components/schemas/BulkResult",
        doc.get(
            "paths.'/api/articles/bulk'.post.responses.'200'.content.'application/json'.schema.'$ref'"));
    assertEquals(
        "#/components/schemas/RebuildResult",
        doc.get(
            "paths.'/api/stories/rebuild'.post.responses.'200'.content.'application/json'.schema.'$ref'"));
    assertEquals(List.of(), doc.getList("paths.'/api/stories'.get.security"));
  }

  @Test
  void theDocumentedDatePatternTakesEveryDateTheDemoTimelineServes() {
    Map<String, Integer> ids = DemoStory.ingest();
    int story = DemoStory.storyOf(ids.get("001"));
    Pattern documented =
        Pattern.compile(
            document().getString("components.schemas.TimelineEntry.properties.date.pattern"));
    List<String> dates =
        given()
            .get("/api/stories/" + story + "/timeline?limit=100&fields=date")
            .then()
            .statusCode(200)
            .extract()
            .path("entries.date");
    assertTrue(dates.containsAll(List.of("2021-SU", "2022-W02", "2022-01-10")), dates.toString());
    // A decade (the demo's "last decade" is a duration, not an entry, since issue 17's dating).
    assertTrue(documented.matcher("201").matches());
    for (String date : dates) {
      assertTrue(documented.matcher(date).matches(), date);
    }
    for (String notADate : List.of("2022-1-10", "20222", "2022-SX", "2022-W2", "")) {
      assertTrue(!documented.matcher(notADate).matches(), notADate);
    }
  }

  @Test
  void theDocumentIsCompressed() {
    given()
        .header("Accept-Encoding", "gzip")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip");
  }
}
