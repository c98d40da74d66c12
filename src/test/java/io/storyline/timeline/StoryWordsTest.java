package io.storyline.timeline;

import static java.util.Comparator.naturalOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.event.AnnotatedArticle;
import io.storyline.event.DemoStory;
import io.storyline.event.Event;
import io.storyline.event.EventMentionExtractor;
import io.storyline.event.EventMerger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A search looks into a story only when its words may match: it must never pass over a story whose
 * timeline has a hit, and should pass over the others.
 */
class StoryWordsTest {

  private static List<Event> events;
  private static List<TimelineEntry> timeline;
  private static final WordIndex INDEX = new WordIndex();

  @BeforeAll
  static void demo() {
    List<AnnotatedArticle> articles = DemoStory.articles();
    events =
        new EventMerger()
            .merge(
                new EventMentionExtractor().extract(articles),
                articles.stream().map(AnnotatedArticle::text).toList());
    timeline =
        new TimelineAssembler()
            .assemble(
                events,
                TimelineQuery.all(),
                PublicationSpan.of(
                    articles.stream()
                        .map(a -> a.publishedAt().toLocalDate())
                        .min(naturalOrder())
                        .orElseThrow(),
                    articles.stream()
                        .map(a -> a.publishedAt().toLocalDate())
                        .max(naturalOrder())
                        .orElseThrow()));
    INDEX.put(1, 1, StoryWords.of(events));
  }

  private static boolean mayMatch(String q) {
    return !INDEX.candidates(StoryWords.Probe.of(TopicQuery.parse(q).orElseThrow())).isEmpty();
  }

  private static boolean hit(String q) {
    TopicQuery topic = TopicQuery.parse(q).orElseThrow();
    return timeline.stream()
        .anyMatch(
            e ->
                topic.alternatives().stream()
                    .anyMatch(a -> new EntityFilter(a).test(MatchableEntry.of(e))));
  }

  @Test
  void everyQueryWithAHitInTheTimelineMayMatchItsStory() {
    Set<String> queries = new LinkedHashSet<>();
    for (TimelineEntry entry : timeline) {
      for (String clause : entry.clauses()) {
        for (String word : clause.split(" ")) {
          queries.add(word.replace('_', ' '));
        }
      }
      queries.addAll(entry.places());
      queries.addAll(entry.actors());
    }
    List<String> hits = new ArrayList<>();
    for (String q : queries) {
      if (TopicQuery.parse(q).isPresent() && hit(q)) {
        hits.add(q);
        assertTrue(mayMatch(q), q);
      }
    }
    // The demo's words give hundreds of queries with hits: the check is not vacuous.
    assertTrue(hits.size() > 100, hits.size() + " queries with hits");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Geneva | true",
        "geneva talks | true",
        "Blinken | true",
        "Blinken's | true",
        "talk | true",
        "zebra | false",
        "Geneva zebra | false",
        "zebra, Vienna | true",
        "iPhone 4 | false"
      })
  void looksIntoTheStoryOnlyWhenItsWordsMayMatch(String q, boolean may) {
    assertEquals(may, mayMatch(q), q);
    if (!may) {
      assertFalse(hit(q), q);
    }
  }
}
