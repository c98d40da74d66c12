package io.storyline.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.storyline.testing.DemoStory;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * What a story's events and summary are computed from: its latest articles, exactly as the store
 * holds them, newest first, at most as many as asked for, and not an article deleted since.
 */
@QuarkusTest
class LatestOfStoryTest {
  private static final String HARBOUR =
      "Valletta harbour reopened to cruise ships on Friday after the storm damaged its main"
          + " breakwater. Port engineers finished the repairs on Thursday night, the transport"
          + " ministry said on Friday. Three ships are expected before the end of the week.";

  @Inject ArticleQueries articles;

  @Test
  void theTextsAreTheStoredOnesNewestFirst() {
    int story = DemoStory.storyOf(DemoStory.ingest().get("001"));
    List<ArticleText> latest = inTransaction(() -> articles.latestOfStory(story, 500));
    assertEquals(stored(story, 500), latest);
    assertEquals(stored(story, 2), inTransaction(() -> articles.latestOfStory(story, 2)));
  }

  @Test
  void aDeletedArticleIsLeftOut() {
    int first = post("https://example.org/valletta-harbour", "2023-02-10T08:00:00Z", HARBOUR);
    int second =
        post(
            "https://example.net/valletta-reopens",
            "2023-02-10T11:00:00Z",
            HARBOUR + " Ferry services to Gozo were not affected, the operator said.");
    int story = DemoStory.storyOf(first);
    assertEquals(story, DemoStory.storyOf(second), "the rewrite joins the story");
    given().delete("/api/articles/" + second).then().statusCode(204);
    List<ArticleText> latest = inTransaction(() -> articles.latestOfStory(story, 500));
    assertEquals(List.of((long) first), latest.stream().map(ArticleText::id).toList());
    assertEquals(stored(story, 500), latest);
  }

  /** The same columns read straight from the store, newest first. */
  private static List<ArticleText> stored(long story, int limit) {
    return inTransaction(
        () -> {
          List<?> rows =
              Article.getEntityManager()
                  .createNativeQuery(
                      "SELECT id, title, url, published_at, text, event_mentions, sentence_bounds"
                          + " FROM article WHERE story_id = ?1 ORDER BY published_at DESC, id DESC")
                  .setParameter(1, story)
                  .setMaxResults(limit)
                  .getResultList();
          return rows.stream()
              .map(Object[].class::cast)
              .map(
                  row ->
                      new ArticleText(
                          ((Number) row[0]).longValue(),
                          (String) row[1],
                          Optional.ofNullable((String) row[2]),
                          instant(row[3]),
                          (String) row[4],
                          Optional.ofNullable((String) row[5]),
                          Optional.ofNullable((String) row[6])))
              .toList();
        });
  }

  /** A timestamp as the store's driver returns it (H2: OffsetDateTime; PostgreSQL: Timestamp). */
  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return value instanceof Timestamp time ? time.toInstant() : (Instant) value;
  }

  private static <T> T inTransaction(Callable<T> work) {
    return QuarkusTransaction.requiringNew().call(work);
  }

  private static int post(String url, String publishedAt, String body) {
    Map<String, Object> article =
        Map.of(
            "url",
            url,
            "title",
            "Valletta harbour reopens",
            "body",
            body,
            "publishedAt",
            publishedAt);
    return given()
        .contentType(ContentType.JSON)
        .body(article)
        .post("/api/articles")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
