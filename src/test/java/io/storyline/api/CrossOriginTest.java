package io.storyline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a browser page may do, told by its Origin header: the service's own pages write, any page
 * reads, other pages write only from the origins the test profile lists in {@code
 * quarkus.http.cors.origins} (https://writer.storyline.example).
 */
@QuarkusTest
class CrossOriginTest {
  private static final String LISTED = "https://writer.storyline.example";
  private static final String STRANGER = "https://elsewhere.example";

  private static String ownOrigin() {
    return "http://localhost:" + RestAssured.port;
  }

  private static Map<String, Object> article() {
    String tag = UUID.randomUUID().toString();
    return Map.of(
        "title", "Lighthouse keepers vote " + tag,
        "body", "Lighthouse keepers voted on Tuesday to accept the new rota " + tag + ".");
  }

  @Test
  void swaggerUiOnTheServiceItselfWritesWithTheKey() {
    given()
        .header("Origin", ownOrigin())
        .header("Referer", ownOrigin() + "/q/swagger-ui/")
        .contentType(ContentType.JSON)
        .body(article())
        .post("/api/articles")
        .then()
        .statusCode(201);
    given()
        .header("Origin", ownOrigin())
        .contentType(ContentType.JSON)
        .body(Map.of("text", "on Monday", "referenceDate", "2022-01-10"))
        .post("/api/temporal/annotate")
        .then()
        .statusCode(200);
  }

  @Test
  void theSameHostOnAnotherPortIsAnotherOrigin() {
    given()
        .header("Origin", "http://localhost:1")
        .contentType(ContentType.JSON)
        .body(article())
        .post("/api/articles")
        .then()
        .statusCode(403)
        .contentType(Problem.MEDIA_TYPE);
  }

  @Test
  void anyOriginReadsWithConditionalRequests() {
    given()
        .header("Origin", STRANGER)
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "if-none-match")
        .options("/api/stories")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
    given()
        .header("Origin", STRANGER)
        .get("/api/stories")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Expose-Headers", containsString("ETag"));
  }

  @Test
  void anUnlistedOriginCannotWriteAndIsToldWhyInAProblem() {
    given()
        .header("Origin", STRANGER)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type,x-api-key")
        .options("/api/articles")
        .then()
        .statusCode(403)
        .contentType(Problem.MEDIA_TYPE)
        .header("Access-Control-Allow-Origin", nullValue())
        .body("status", equalTo(403))
        .body("instance", equalTo("/api/articles"))
        .body("detail", containsString("quarkus.http.cors.origins"));
    given()
        .header("Origin", STRANGER)
        .contentType(ContentType.JSON)
        .body(article())
        .post("/api/articles")
        .then()
        .statusCode(403)
        .contentType(Problem.MEDIA_TYPE)
        .body("title", equalTo("Cross-origin request refused"));
  }

  @Test
  void aListedOriginWritesWithTheConfiguredMethodsAndHeaders() {
    given()
        .header("Origin", LISTED)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type,x-api-key")
        .options("/api/articles")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", LISTED)
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("X-API-Key"));
    given()
        .header("Origin", LISTED)
        .contentType(ContentType.JSON)
        .body(article())
        .post("/api/articles")
        .then()
        .statusCode(201)
        .header("Access-Control-Allow-Origin", LISTED)
        .header("Access-Control-Expose-Headers", containsString("Location"));
  }

  @Test
  void aListedOriginIsHeldToTheConfiguredMethods() {
    given()
        .header("Origin", LISTED)
        .header("Access-Control-Request-Method", "PATCH")
        .options("/api/articles/1")
        .then()
        .statusCode(403)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", containsString("quarkus.http.cors.methods"));
  }
}
