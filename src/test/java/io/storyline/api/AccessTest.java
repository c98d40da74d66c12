package io.storyline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.storyline.testing.TestApiKey;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessTest {
  @BeforeEach
  void withoutDefaultKey() {
    TestApiKey.remove();
  }

  @AfterEach
  void restoreKey() {
    TestApiKey.install();
  }

  private static Map<String, Object> article() {
    String tag = UUID.randomUUID().toString();
    return Map.of(
        "title",
        "Harbour ferry timetable " + tag,
        "body",
        "The harbour ferry runs every hour from Monday. Timetable " + tag + " applies.");
  }

  @Test
  void writesWithoutAKeyAre401ProblemsAndStoreNothing() {
    given()
        .contentType(ContentType.JSON)
        .body(article())
        .post("/api/articles")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("status", equalTo(401))
        .body("instance", equalTo("/api/articles"));
    given().delete("/api/articles/1").then().statusCode(401);
    given().post("/api/stories/rebuild").then().statusCode(401);
    given()
        .contentType("application/x-ndjson")
        .body("{}".getBytes(StandardCharsets.UTF_8))
        .post("/api/articles/bulk")
        .then()
        .statusCode(401);
  }

  @Test
  void aWrongKeyIs403() {
    given()
        .header("X-API-Key", "guess")
        .contentType(ContentType.JSON)
        .body(article())
        .post("/api/articles")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("instance", equalTo("/api/articles"));
    given()
        .header("Authorization", "Bearer guess")
        .contentType(ContentType.JSON)
        .body(article())
        .post("/api/articles")
        .then()
        .statusCode(403);
  }

  @Test
  void eitherHeaderAndEitherConfiguredKeyMayWrite() {
    given()
        .header("Authorization", "Bearer " + TestApiKey.KEY)
        .contentType(ContentType.JSON)
        .body(article())
        .post("/api/articles")
        .then()
        .statusCode(201);
    given()
        .header("X-API-Key", "second-key")
        .contentType(ContentType.JSON)
        .body(article())
        .post("/api/articles")
        .then()
        .statusCode(201);
  }

  @Test
  void readsAndAnnotationArePublic() {
    given().get("/api/articles").then().statusCode(200);
    given().get("/api/stories").then().statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "on Monday", "referenceDate", "2022-01-10"))
        .post("/api/temporal/annotate")
        .then()
        .statusCode(200);
  }

  @Test
  void browsersMayReadFromAnyOrigin() {
    given()
        .header("Origin", "https://app.example")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/stories")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*");
    given()
        .header("Origin", "https://app.example")
        .get("/api/stories")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*");
  }

  @Test
  void theOpenApiDocumentOffersBothKeySchemes() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
        .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
        .body("paths.'/api/articles'.post.security.size()", equalTo(2));
  }
}
