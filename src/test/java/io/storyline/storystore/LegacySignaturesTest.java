package io.storyline.storystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.storyline.article.Article;
import io.storyline.article.ArticleInput;
import io.storyline.ingest.DemoLoader;
import io.storyline.ingest.IngestService;
import io.storyline.store.Json;
import io.storyline.story.ArticleSignature;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Articles stored before the near-duplicate hash functions changed (signature format 1) are still
 * found as the originals of later copies: their signatures are computed again from the text when
 * the clustering state is rebuilt.
 */
@QuarkusTest
class LegacySignaturesTest {
  @Inject Json json;
  @Inject StoryService stories;
  @Inject IngestService ingest;

  /** A demo article, published as late as anything stored: inside the clustering window. */
  private static ArticleInput latest(String url, String extraSentence) {
    Instant newest =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Article.<Article>find("order by publishedAt desc")
                        .firstResultOptional()
                        .map(a -> a.publishedAt)
                        .orElse(Instant.parse("2022-01-10T08:00:00Z")));
    ArticleInput demo = DemoLoader.demoArticles().get(0);
    return new ArticleInput(
        url,
        demo.title(),
        demo.body() + extraSentence,
        "copies.example",
        newest.toString(),
        demo.language());
  }

  @Test
  void aCopyOfAnArticleStoredWithAnOldSignatureIsStillFlagged() {
    long original =
        ingest
            .ingest(
                latest(
                    "https://example.org/legacy-signature-original",
                    // Its own text: the demo article itself may be stored already, and older.
                    "\n\nDiplomats said the legacy-signature talks would go on."))
            .article()
            .id;
    // Every stored signature claims the first format, as rows written by the previous version do.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (Article article : Article.<Article>listAll()) {
                StoredFeatures stored = json.read(article.storyFeatures, StoredFeatures.class);
                byte[] bytes = Base64.getDecoder().decode(stored.signature());
                bytes[0] = 1;
                assertFalse(ArticleSignature.fromBytes(bytes).current());
                article.storyFeatures =
                    json.write(
                        new StoredFeatures(
                            stored.terms(),
                            stored.names(),
                            Base64.getEncoder().encodeToString(bytes)));
              }
            });
    stories.reloadAfterDelete(); // the state is rebuilt from the store, as at start-up

    long copyId =
        ingest
            .ingest(
                latest(
                    "https://example.org/legacy-signature-copy",
                    "\n\nDiplomats said the legacy-signature talks would go on."
                        + "\n\nThe talks were to resume later in the week."))
            .article()
            .id;

    Article stored = QuarkusTransaction.requiringNew().call(() -> Article.findById(copyId));
    assertEquals(original, stored.nearDuplicateOf);
    List<Long> storyOfBoth =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    List.of(
                        Article.<Article>findById(original).storyId,
                        Article.<Article>findById(copyId).storyId));
    assertEquals(storyOfBoth.get(0), storyOfBoth.get(1));
  }
}
