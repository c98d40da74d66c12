package io.storyline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.storyline.testing.DemoStory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up: readiness waits for it, and it leaves the store as it found it (no
 * articles, no stories, no article ids used up), so the first article stored afterwards is still
 * article 1.
 */
@QuarkusTest
@TestProfile(WarmUpTest.WarmingUp.class)
class WarmUpTest {
  static final int ARTICLES = 40;

  public static final class WarmingUp implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // On PostgreSQL the restart migrates a cleaned database (flyway clean-at-start in the
      // profile).
      return System.getProperty("test-db.jdbc-url") != null
          ? Map.of("storyline.warm-up.articles", String.valueOf(ARTICLES))
          : Map.of(
              "storyline.warm-up.articles",
              String.valueOf(ARTICLES),
              "test-db.jdbc-url",
              "jdbc:h2:mem:warm-up;DB_CLOSE_DELAY=-1");
    }
  }

  @Test
  void readinessWaitsForTheWarmUpWhichLeavesTheStoreUntouched() throws InterruptedException {
    JsonPath health = null;
    for (int attempt = 0; attempt < 600; attempt++) {
      health = given().get("/q/health/ready").then().extract().jsonPath();
      if ("UP".equals(health.getString("status"))) {
        break;
      }
      assertEquals(
          "DOWN",
          health.getString("checks.find { it.name == 'warm-up' }.status"),
          "only the warm-up may hold readiness back");
      Thread.sleep(100);
    }
    assertEquals("UP", health.getString("status"));
    assertEquals(ARTICLES, health.getInt("checks.find { it.name == 'warm-up' }.data.analysed"));

    given().get("/api/stories").then().statusCode(200).body("items", empty());
    Map<String, Integer> ids = DemoStory.ingest();
    assertEquals(
        1,
        ids.values().stream().mapToInt(Integer::intValue).min().orElseThrow(),
        "no article id was used up");
    given().get("/api/stories").then().body("items.size()", equalTo(1));
  }
}
