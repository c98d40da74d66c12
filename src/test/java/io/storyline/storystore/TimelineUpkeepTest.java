package io.storyline.storystore;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.storyline.article.ArticleQueries;
import io.storyline.summary.SummarySentence;
import io.storyline.testing.DemoStory;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A story's timeline inputs are recomputed and stored after each write, and found again after a
 * restart.
 */
@QuarkusTest
class TimelineUpkeepTest {
  private static final String LISBON =
      "The Lisbon metro reopened its Red Line on Monday after a two-year closure. Mayor Carlos"
          + " Moedas rode the first train from Saldanha to the airport station on Monday morning."
          + " Engineers replaced the tunnel lining between March 2021 and last December, the city"
          + " said. Commuters had used replacement buses since the line closed in 2021. The"
          + " operator expects 40,000 passengers a day by the end of the year.";

  @Inject TimelineUpkeep upkeep;
  @Inject StoryEvents storyEvents;
  @Inject Summaries summaries;
  @Inject StoryDigests digests;
  @Inject ArticleQueries articles;

  @Test
  void theStoredTimelineInputsAreExactlyWhatAFreshComputationGives() {
    int story = DemoStory.storyOf(DemoStory.ingest().get("001"));
    awaitUpkeep();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Story found = Story.findById((long) story);
              Optional<String> storedEvents = digests.current(found, StoryEvents.DIGEST);
              assertTrue(storedEvents.isPresent(), "merged events stored for the story's version");
              StoryEvents.Merged computed =
                  storyEvents.compute(articles.latestOfStory(found.id, StoryEvents.STORY_ARTICLES));
              assertEquals(
                  computed,
                  storyEvents.fromJson(storedEvents.get()),
                  "stored events read back equal to a fresh merge");
              List<SummarySentence> summary =
                  summaries.storySummary(found, Summaries.STORY_DEFAULT);
              assertEquals(5, summary.size());
              assertTrue(
                  digests.current(found, "summary").isPresent(),
                  "default summary stored for the story's version");
              assertTrue(
                  digests.current(found, Timelines.FIRST_PAGE).isPresent(),
                  "first page stored for the story's version");
            });
    // The stored first page is what a request with filters that select everything renders afresh.
    String stored =
        given()
            .get("/api/stories/" + story + "/timeline")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String rendered =
        given()
            .get("/api/stories/" + story + "/timeline?minSources=1&from=0001-01-01")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(rendered, stored);
  }

  @Test
  void aStoryThatGrowsIsRecomputedAtItsNewVersion() {
    int first = post("https://example.org/lisbon-metro", "Lisbon metro Red Line reopens", LISBON);
    int story = DemoStory.storyOf(first);
    awaitUpkeep();
    long before = storedVersion(story, StoryEvents.DIGEST);
    int second =
        post(
            "https://example.net/lisbon-red-line",
            "Lisbon's Red Line reopens after two years",
            LISBON + " Tickets cost the same as before, the operator said.");
    assertEquals(story, DemoStory.storyOf(second), "the rewrite joins the story");
    awaitUpkeep();
    assertEquals(before + 1, storedVersion(story, StoryEvents.DIGEST));
    assertEquals(before + 1, storedVersion(story, "summary"));
    assertEquals(before + 1, storedVersion(story, Timelines.FIRST_PAGE));
    List<Integer> cited =
        given()
            .get("/api/stories/" + story + "/timeline")
            .then()
            .statusCode(200)
            .extract()
            .path("entries.find { it.date == '2022-05-16' }.sources.articleId");
    assertEquals(
        List.of(first, second),
        cited.stream().sorted().toList(),
        "Monday's reopening cites both articles");
  }

  @Test
  void startUpRecomputesTimelinesLeftBehindByACrash() {
    int story =
        DemoStory.storyOf(
            post(
                "https://example.org/porto-bridge",
                "Porto bridge closes for repairs",
                "Porto closed the Luiz I bridge to traffic on Tuesday for six weeks of repairs. The"
                    + " city council approved the works last month after inspectors found corroded"
                    + " cables. Buses will cross the Arrabida bridge until the end of June,"
                    + " officials said on Tuesday."));
    awaitUpkeep();
    long version = storedVersion(story, StoryEvents.DIGEST);
    // As if the service had stopped between a write's commit and the upkeep: the stored results are
    // behind.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Story.getEntityManager()
                    .createNativeQuery(
                        "UPDATE story_digest SET version = version - 1 WHERE story_id = ?1")
                    .setParameter(1, story)
                    .executeUpdate());
    assertEquals(version - 1, storedVersion(story, StoryEvents.DIGEST));
    upkeep.catchUpStale();
    awaitUpkeep();
    assertEquals(version, storedVersion(story, StoryEvents.DIGEST));
    assertEquals(version, storedVersion(story, "summary"));
    assertEquals(version, storedVersion(story, Timelines.FIRST_PAGE));
  }

  private static int post(String url, String title, String body) {
    Map<String, Object> article =
        Map.of("url", url, "title", title, "body", body, "publishedAt", "2022-05-16T09:00:00Z");
    return given()
        .contentType(ContentType.JSON)
        .body(article)
        .post("/api/articles")
        .then()
        .extract()
        .path("id");
  }

  private static long storedVersion(int story, String kind) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        Story.getEntityManager()
                            .createNativeQuery(
                                "SELECT version FROM story_digest WHERE story_id = ?1 AND kind ="
                                    + " ?2")
                            .setParameter(1, story)
                            .setParameter(2, kind)
                            .getSingleResult())
                    .longValue());
  }

  private void awaitUpkeep() {
    for (int i = 0; i < 1_000 && upkeep.pending() > 0; i++) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertEquals(0, upkeep.pending(), "upkeep finished");
  }
}
