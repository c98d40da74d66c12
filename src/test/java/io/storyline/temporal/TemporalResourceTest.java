package io.storyline.temporal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TemporalResourceTest {

  @Test
  void resolvesExpressionsAgainstTheReferenceDateWithOffsetsIntoTheText() {
    String text =
        "Blinken said on Sunday that talks set to continue on Wednesday in Brussels would bring no"
            + " breakthrough.";
    var result =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("text", text, "referenceDate", "2022-01-10"))
            .post("/api/temporal/annotate")
            .then()
            .statusCode(200)
            .body("expressions.value", hasItems("2022-01-09", "2022-01-12"))
            .body("expressions[0].type", equalTo("DATE"))
            .extract()
            .jsonPath();
    for (int i = 0; i < result.getList("expressions").size(); i++) {
      String surface = result.getString("expressions[" + i + "].text");
      org.junit.jupiter.api.Assertions.assertEquals(
          surface,
          text.substring(
              result.getInt("expressions[" + i + "].start"),
              result.getInt("expressions[" + i + "].end")));
    }
  }

  @Test
  void aReportedFutureIsResolvedFromTheReportingDay() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "text",
                "Blinken said on Sunday that talks would resume on Wednesday.",
                "referenceDate",
                "2022-01-10"))
        .post("/api/temporal/annotate")
        .then()
        .statusCode(200)
        .body("expressions.text", contains("Sunday", "Wednesday"))
        .body("expressions.value", contains("2022-01-09", "2022-01-12"));
  }

  @Test
  void badRequestsAreProblems() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("referenceDate", "2022-01-10"))
        .post("/api/temporal/annotate")
        .then()
        .statusCode(400)
        .body("field", equalTo("text"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "on Monday", "referenceDate", "Monday"))
        .post("/api/temporal/annotate")
        .then()
        .statusCode(400)
        .body("field", equalTo("referenceDate"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "on Monday", "referenceDate", "2022-02-30"))
        .post("/api/temporal/annotate")
        .then()
        .statusCode(400)
        .body("field", equalTo("referenceDate"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "x".repeat(1_000_001), "referenceDate", "2022-01-10"))
        .post("/api/temporal/annotate")
        .then()
        .statusCode(400)
        .body("field", equalTo("text"));
  }
}
