package io.storyline.journey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.storyline.article.ArticleInput;
import io.storyline.ingest.DemoLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The training run for the JDK's AOT cache (README, "Fast start on the JVM"): with {@code
 * STORYLINE_AOT_TRAINING=true} and {@code -Dquarkus.package.jar.aot.enabled=true}, the packaged
 * service runs the user journey, then ingests a few thousand articles and serves their stories, and
 * the cache records the classes and method profiles of all that, so a service started with it
 * answers sooner and compiles its hot code sooner (JEP 483, 515). Off in the normal build
 * (JourneyIT runs the journey there).
 *
 * <p>Articles: variants of the five demo articles (each paragraph kept with probability 0.8, a
 * closing line with a serial number), ten per block, blocks 20 days apart; words of five letters or
 * more are letter-shifted per block, time words excepted (as bench/IngestBench.java does), so that
 * each block is a story of its own rather than a near-duplicate of every other block.
 */
@QuarkusIntegrationTest
@EnabledIfEnvironmentVariable(named = "STORYLINE_AOT_TRAINING", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AotTrainingIT extends JourneyTest {
  private static final int ARTICLES = 3_000;
  private static final int PER_BLOCK = 10;
  private static final int BATCH = 100;
  private static final Pattern LONG_WORD = Pattern.compile("\\b[a-z]{5,30}\\b");

  /**
   * Time words stay as they are, so the temporal tagger still finds "last month" or "this summer".
   */
  private static final Set<String> TIME_WORDS =
      Set.of(
          "today",
          "yesterday",
          "tomorrow",
          "month",
          "months",
          "weeks",
          "years",
          "earlier",
          "later",
          "morning",
          "evening",
          "night",
          "season",
          "spring",
          "summer",
          "autumn",
          "winter");

  /** The journey first, on an empty store: its assertions are about the demo story alone. */
  @Test
  @Order(1)
  @Override
  void aFeedBecomesAStoryWithASummaryAndATimeline() throws Exception {
    super.aFeedBecomesAStoryWithASummaryAndATimeline();
  }

  @Test
  @Order(2)
  void ingestsAFeedOfThousandsOfArticlesAndServesTheirStories() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<ArticleInput> demo = DemoLoader.demoArticles();
    Random random = new Random(20220110);
    int created = 0;
    for (int start = 0; start < ARTICLES; start += BATCH) {
      StringBuilder feed = new StringBuilder();
      for (int n = start; n < start + BATCH; n++) {
        feed.append(json.writeValueAsString(variant(demo.get(n % demo.size()), n, random)))
            .append('\n');
      }
      created +=
          given()
              .contentType("application/x-ndjson")
              .body(feed.toString().getBytes(StandardCharsets.UTF_8))
              .post("/api/articles/bulk")
              .then()
              .statusCode(200)
              .body("rejected", equalTo(0))
              .extract()
              .<Integer>path("created");
    }
    assertEquals(ARTICLES, created);
    awaitTimelines();

    List<Integer> stories =
        given().get("/api/stories?limit=100").then().statusCode(200).extract().path("items.id");
    assertTrue(stories.size() >= 100, "blocks 20 days apart are stories of their own");
    for (int round = 0; round < 5; round++) {
      for (int story : stories) {
        given().get("/api/stories/" + story).then().statusCode(200);
        given().get("/api/stories/" + story + "/summary").then().statusCode(200);
        given().get("/api/stories/" + story + "/timeline").then().statusCode(200);
      }
    }
  }

  private static ArticleInput variant(ArticleInput original, int n, Random random) {
    List<String> kept = new ArrayList<>();
    for (String paragraph : original.body().split("\n\\s*\n")) {
      if (kept.isEmpty() || random.nextDouble() < 0.8) {
        kept.add(paragraph);
      }
    }
    kept.add("This is report " + n + " of the Storyline training desk.");
    int block = n / PER_BLOCK;
    String body =
        LONG_WORD
            .matcher(String.join("\n\n", kept))
            .replaceAll(
                m ->
                    TIME_WORDS.contains(m.group())
                        ? m.group()
                        : shifted(m.group(), block % 25 + 1));
    Instant published =
        Instant.parse("2000-01-03T08:00:00Z")
            .plus(Duration.ofDays(20L * block))
            .plus(Duration.ofMinutes(n % PER_BLOCK));
    return new ArticleInput(
        "https://training.storyline.test/" + n,
        original.title(),
        body,
        "training",
        published.toString(),
        "en");
  }

  /**
   * Lower-case letters shifted by {@code shift} (month and day names are capitalised, so dates stay
   * dates).
   */
  private static String shifted(String word, int shift) {
    StringBuilder out = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      out.append((char) ('a' + (c - 'a' + shift) % 26));
    }
    return out.toString();
  }

  /** Waits (bounded) until every changed story's timeline has been recomputed. */
  private static void awaitTimelines() throws InterruptedException {
    for (int attempt = 0; attempt < 240; attempt++) {
      String health = given().get("/q/health/ready").then().extract().asString();
      if (health.replace(" ", "").contains("\"pending\":0")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("timelines still pending after 2 minutes");
  }
}
