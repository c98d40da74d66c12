package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFeatureExtractorTest {
  private final ArticleFeatureExtractor extractor = new ArticleFeatureExtractor();

  @Test
  void stemsContentWordsAndDropsStopWords() {
    assertEquals(
        List.of("talk", "began", "geneva", "negoti", "continu"),
        extractor.contentStems("The talks began in Geneva, and the negotiations continued."));
  }

  @Test
  void namesAreCapitalisedWordsButNotSentenceOpeners() {
    ArticleFeatures f =
        extractor.extract(
            1,
            Instant.EPOCH,
            "Talks in Geneva",
            "The U.S. and Russia met. But Putin stayed in Moscow. Putin spoke.");
    assertTrue(
        f.nameCounts()
            .keySet()
            .containsAll(List.of("u.s.", "russia", "putin", "moscow", "geneva")));
    assertFalse(f.nameCounts().containsKey("the") || f.nameCounts().containsKey("but"));
    assertEquals(2, f.nameCounts().get("putin"));
    assertEquals(1, f.termCounts().get("talk")); // from the title
  }

  @Test
  void emptyTextGivesEmptyFeatures() {
    ArticleFeatures f = extractor.extract(1, Instant.EPOCH, "", "");
    assertTrue(f.termCounts().isEmpty() && f.nameCounts().isEmpty());
    assertEquals(0, f.signature().shingleCount());
  }
}
