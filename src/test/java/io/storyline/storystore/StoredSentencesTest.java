package io.storyline.storystore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.storyline.article.Article;
import io.storyline.testing.DemoStory;
import io.storyline.text.SentenceSplitter;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoredSentencesTest {
  @Inject ArticleSentences sentences;

  @Test
  void anIngestedArticleKeepsTheSentencesItWasSplitInto() {
    long id = DemoStory.ingest().get("000");
    Article article = QuarkusTransaction.requiringNew().call(() -> Article.findById(id));

    assertEquals(
        new SentenceSplitter().split(article.text),
        sentences.of(article.text, Optional.of(article.sentenceBounds)));
  }
}
