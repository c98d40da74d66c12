package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.testing.RandomText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random texts and long article streams: no exception, round-trippable signatures, bounded state.
 */
class StoryFuzzTest {
  private final ArticleFeatureExtractor extractor = new ArticleFeatureExtractor();

  private static final java.util.List<String> WORDS =
      java.util.List.of(
          "Russia", "talks", "the", "U.S.", "Geneva", ".", "\n\n", "Putin", "said", "100,000", " ");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void anyTextGivesUsableFeatures(long seed) {
    RandomText random = new RandomText(seed, WORDS);
    for (int i = 0; i < 20; i++) {
      checkFeatures(random.next(80));
    }
  }

  private void checkFeatures(String text) {
    ArticleFeatures f =
        extractor.extract(
            1, Instant.EPOCH, text.length() > 20 ? text.substring(0, 20) : text, text);
    assertEquals(f.signature(), ArticleSignature.fromBytes(f.signature().toBytes()));
    StoryAssigner assigner =
        new StoryAssigner(StoryAssigner.Settings.defaults(), new AtomicLong()::incrementAndGet);
    Assignment first = assigner.assign(f);
    assertTrue(first.newStory());
    ArticleFeatures again =
        new ArticleFeatures(
            2, Instant.EPOCH, f.title(), f.termCounts(), f.nameCounts(), f.signature());
    Assignment second = assigner.assign(again);
    assertTrue(second.similarity() >= 0 && second.similarity() <= 1.0 + 1e-9);
  }

  @Test
  void storiesIdleForTwiceTheWindowAreForgotten() {
    StoryAssigner assigner =
        new StoryAssigner(StoryAssigner.Settings.defaults(), new AtomicLong()::incrementAndGet);
    Instant start = Instant.parse("2022-01-01T00:00:00Z");
    for (int i = 0; i < 3_000; i++) {
      // One new story a day (a fresh name and topic word each), 30 articles per story.
      int day = i / 30;
      String name = "Zorvan" + day;
      Map<String, Integer> terms = Map.of("topic" + day, 3, "shared", 1);
      ArticleFeatures f =
          new ArticleFeatures(
              i,
              start.plus(Duration.ofDays(day)),
              name,
              terms,
              Map.of(name.toLowerCase(java.util.Locale.ROOT), 2),
              new MinHasher().sign(List.of("w" + i, "x" + i)));
      assigner.assign(f);
    }
    // 100 days of one story a day; only those within 2 × 14 days of the newest (plus one sweep lag)
    // remain.
    assertTrue(
        assigner.activeStories() <= 2 * 14 + 1 + 512 / 30 + 1,
        "active " + assigner.activeStories());
  }
}
