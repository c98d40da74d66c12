package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cross-article merging of hand-built mentions (via small articles through the extractor). */
class EventMergerTest {

  private static final EventMentionExtractor EXTRACTOR = new EventMentionExtractor();
  private static final EventMerger MERGER = new EventMerger();

  private static List<EventMention> mentions(String id, String sentences, String dates) {
    return EXTRACTOR.extract(TestArticles.article(id, sentences, dates));
  }

  private static List<Event> merge(List<List<EventMention>> perArticle) {
    List<EventMention> all = new ArrayList<>();
    perArticle.forEach(all::addAll);
    return MERGER.merge(all);
  }

  @Test
  void sameDayAcrossArticlesMergesIntoOneEventCitingEveryArticle() {
    List<Event> events =
        merge(
            List.of(
                mentions(
                    "001",
                    "U.S. and Russian officials have kicked off a series of high-stakes talks in"
                        + " Geneva on Monday.",
                    "on Monday=2022-01-10"),
                mentions(
                    "000",
                    "U.S. and Russian officers are gathering in Geneva on Monday to kick-off a"
                        + " collection of talks.",
                    "on Monday=2022-01-10"),
                mentions(
                    "002",
                    "Wendy Sherman and Sergei Ryabkov met in Geneva on Monday to start the"
                        + " long-awaited talks.",
                    "on Monday=2022-01-10")));
    assertEquals(1, events.size());
    Event geneva = events.get(0);
    assertEquals("2022-01-10", geneva.date().value());
    assertEquals(
        List.of("000", "001", "002"),
        geneva.sources().stream().map(EventSource::articleId).toList());
    assertEquals("Geneva", geneva.places().get(0).name());
    assertEquals(3, geneva.articleCount());
  }

  @Test
  void aMonthDoesNotSwallowADayOfThatMonth() {
    List<Event> events =
        merge(
            List.of(
                mentions(
                    "a",
                    "Talks between Russia and NATO were held in Brussels in January.",
                    "in January=2022-01"),
                mentions(
                    "b",
                    "Talks between Russia and NATO were held in Brussels on January 12.",
                    "on January 12=2022-01-12")));
    assertEquals(
        List.of("2022-01", "2022-01-12"), events.stream().map(e -> e.date().value()).toList());
  }

  @Test
  void differentPlacesOnOneDayStayApartWhenTheContentDiffers() {
    List<Event> events =
        merge(
            List.of(
                mentions(
                    "a",
                    "Sherman and Ryabkov met in Geneva on Monday to start the talks.",
                    "on Monday=2022-01-10"),
                mentions(
                    "b",
                    "Jens Stoltenberg told reporters in Brussels on Monday that expectations were"
                        + " low.",
                    "on Monday=2022-01-10")));
    assertEquals(2, events.size());
    assertTrue(events.stream().anyMatch(e -> e.places().get(0).name().equals("Geneva")));
    assertTrue(events.stream().anyMatch(e -> e.places().get(0).name().equals("Brussels")));
  }

  @Test
  void statementsOfOneActorOnOneDayMergeAndResolveSurnamesAcrossArticles() {
    List<Event> events =
        MERGER.merge(
            EXTRACTOR.extract(
                List.of(
                    TestArticles.article(
                        "a",
                        "Secretary of State Antony Blinken said on Sunday that he expects no"
                            + " breakthroughs.",
                        "on Sunday=2022-01-09"),
                    TestArticles.article(
                        "b",
                        "Blinken said bluntly Sunday that he does not anticipate any"
                            + " breakthroughs.",
                        "Sunday=2022-01-09"))));
    assertEquals(1, events.size());
    assertEquals(
        List.of("Antony Blinken"), events.get(0).actors().stream().map(Actor::name).toList());
    assertEquals(MentionRole.STATEMENT, events.get(0).role());
  }

  @Test
  void headlinePrefersTheOriginalWordingOverASpunRewrite() {
    String original =
        "U.S. and Russian officials have kicked off a series of high-stakes talks in Geneva on"
            + " Monday as tensions remain higher than ever over Ukraine.";
    String spun =
        "U.S. and Russian officers are gathering in Geneva on Monday to kick-off a collection of "
            + "high-stakes talks as tensions stay greater than ever over Ukraine.";
    List<Event> events =
        merge(
            List.of(
                mentions("000", spun, "on Monday=2022-01-10"),
                mentions("001", original, "on Monday=2022-01-10"),
                mentions(
                    "003",
                    "Officials said tensions remain high as senior officials meet in Geneva on"
                        + " Monday for talks.",
                    "on Monday=2022-01-10")));
    assertEquals(1, events.size());
    assertEquals(original, events.get(0).headline());
  }

  @Test
  void theSameMentionsInAnyOrderGiveTheSameEventsAndIds() {
    List<EventMention> all = new ArrayList<>();
    all.addAll(
        mentions(
            "a",
            "Talks were held in Geneva on Monday. | NATO met in Brussels on Wednesday.",
            "on Monday=2022-01-10; on Wednesday=2022-01-12"));
    all.addAll(mentions("b", "The talks in Geneva on Monday were tense.", "on Monday=2022-01-10"));
    List<Event> first = MERGER.merge(all);
    Collections.shuffle(all, new Random(7));
    assertEquals(first, MERGER.merge(all));
    assertEquals(2, first.size());
  }
}
