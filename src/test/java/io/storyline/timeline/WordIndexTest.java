package io.storyline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.event.Dating;
import io.storyline.event.Event;
import io.storyline.event.MentionRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search index finds the stories whose words hold a topic, as the stories change. */
class WordIndexTest {

  private static StoryWords words(String... clauses) {
    return StoryWords.of(
        List.of(
            new Event(
                "e",
                TimelineFixtures.date("2022-01-10"),
                "headline",
                List.of(),
                List.of(),
                List.of(),
                MentionRole.HAPPENING,
                0.5,
                List.of(),
                Dating.EXPLICIT,
                List.of(clauses),
                List.of())));
  }

  private static List<Long> find(WordIndex index, String q) {
    return index.candidates(StoryWords.Probe.of(TopicQuery.parse(q).orElseThrow())).stream()
        .sorted()
        .toList();
  }

  private static WordIndex threeStories() {
    WordIndex index = new WordIndex();
    index.put(1, 1, words("apple_ceo_steve_jobs unveiled iphone_4", "talks in geneva"));
    index.put(2, 1, words("blinken met lavrov in geneva"));
    index.put(3, 1, words("the beatles apple_corps sued apple"));
    return index;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Geneva | 1,2",
        "Steve Jobs | 1",
        "jobs | 1",
        "Apple | 1,3",
        "Apple Inc. | 1,3",
        "Beatles Apple | 3",
        "iPhone 4 | 1",
        "talk | 1",
        "Lavrov, Beatles | 2,3",
        "Lavrov Beatles | -",
        "zebra | -"
      })
  void findsTheStoriesThatHoldEveryWordOfAnAlternative(String q, String expected) {
    List<Long> ids =
        expected.equals("-")
            ? List.of()
            : java.util.Arrays.stream(expected.split(",")).map(Long::valueOf).toList();
    assertEquals(ids, find(threeStories(), q));
  }

  @Test
  void aNewVersionReplacesTheWordsOfTheOldAndAnOlderOneChangesNothing() {
    WordIndex index = threeStories();
    index.put(2, 2, words("lavrov flew to vienna"));
    assertEquals(List.of(1L), find(index, "Geneva"));
    assertEquals(List.of(2L), find(index, "Vienna"));
    index.put(2, 1, words("blinken met lavrov in geneva"));
    assertEquals(List.of(2L), find(index, "Vienna"));
    assertTrue(index.holds(2, 2));
    assertFalse(index.holds(2, 1));
  }

  @Test
  void aRemovedStoryIsNotFoundAndItsSlotServesTheNextStory() {
    WordIndex index = threeStories();
    index.remove(1);
    assertEquals(List.of(2L), find(index, "Geneva"));
    assertEquals(List.of(3L), find(index, "Apple"));
    index.put(4, 1, words("talks in geneva resumed"));
    assertEquals(List.of(2L, 4L), find(index, "Geneva"));
    assertEquals(3, index.size());
  }
}
