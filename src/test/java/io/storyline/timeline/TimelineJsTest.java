package io.storyline.timeline;

import static io.storyline.timeline.TimelineFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.event.Dating;
import io.storyline.event.Event;
import io.storyline.event.EventDate;
import io.storyline.temporal.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineJsTest {

  private static final TimelineJs MAPPER = new TimelineJs();

  private static Map<String, Object> document(List<Event> events) {
    return MAPPER.document(
        "US–Russia talks",
        "Geneva, Brussels, Vienna",
        new TimelineAssembler().assemble(events, TimelineQuery.all()),
        Map.of(
            0L,
            new CitedArticle(
                "Talks open <in> Geneva", Optional.of("https://example.org/a?x=1&y=2"))));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> slides(Map<String, Object> document) {
    return (List<Map<String, Object>>) document.get("events");
  }

  @Test
  void hasATitleSlideAndOneSlidePerEntryWithTheDatePartsItsGranularityStates() {
    Map<String, Object> document =
        document(
            List.of(
                event("geneva", "2022-01-10", 0.9, "Geneva", "000"),
                event("january", "2022-01", 0.5, "Geneva", "001"),
                event("crimea", "2014", 0.6, "Crimea", "000")));
    assertEquals(
        Map.of(
            "text",
            Map.of("headline", "US–Russia talks", "text", "<p>Geneva, Brussels, Vienna</p>")),
        document.get("title"));
    List<Map<String, Object>> slides = slides(document);
    assertEquals(Map.of("year", 2014), slides.get(0).get("start_date"));
    assertEquals(Map.of("year", 2022, "month", 1), slides.get(1).get("start_date"));
    assertEquals(Map.of("year", 2022, "month", 1, "day", 10), slides.get(2).get("start_date"));
    assertEquals("geneva", slides.get(2).get("unique_id"));
    assertEquals("Geneva", slides.get(2).get("group"));
  }

  @Test
  void escapesSentencesIntoHtml() {
    Map<String, Object> slide =
        slides(document(List.of(event("x", "2022-01-10", 0.9, "Geneva", "000")))).get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> text = (Map<String, Object>) slide.get("text");
    assertEquals("Talks in Geneva &lt;x&gt;.", text.get("headline"));
    assertFalse(text.get("text").toString().contains("<x>"));
    // Sources by title, linked, escaped.
    assertTrue(
        text.get("text")
            .toString()
            .contains(
                "Sources: <a href=\"https://example.org/a?x=1&amp;y=2\" target=\"_blank\""
                    + " rel=\"noopener\">Talks open &lt;in&gt; Geneva</a>"),
        text.get("text").toString());
  }

  @Test
  void coarseDatesGetADisplayDate() {
    TimelineEntry summer =
        new TimelineEntry(
            "s",
            "2021-SU",
            Granularity.SEASON,
            LocalDate.of(2021, 6, 1),
            LocalDate.of(2021, 9, 1),
            "h",
            List.of(),
            List.of(),
            List.of(),
            0.5,
            List.of(),
            false,
            "k",
            Dating.EXPLICIT,
            List.of(),
            List.of());
    // A season starts on its own day, and the slide ends on its last.
    assertEquals(
        Map.of("year", 2021, "month", 6, "day", 1, "display_date", "Summer 2021"),
        TimelineJs.startDate(summer));
    assertEquals(
        Optional.of(Map.of("year", 2021, "month", 8, "day", 31)), TimelineJs.endDate(summer));
    EventDate decade =
        new EventDate(
            "199", Granularity.DECADE, LocalDate.of(1990, 1, 1), LocalDate.of(2000, 1, 1));
    TimelineEntry nineties =
        new TimelineEntry(
            "d",
            decade.value(),
            decade.granularity(),
            decade.start(),
            decade.end(),
            "h",
            List.of(),
            List.of(),
            List.of(),
            0.5,
            List.of(),
            false,
            "k",
            Dating.EXPLICIT,
            List.of(),
            List.of());
    assertEquals(Map.of("year", 1990, "display_date", "1990s"), TimelineJs.startDate(nineties));
  }

  @Test
  void longHeadlinesAreCutAtAWord() {
    String headline = TimelineJs.shorten("word ".repeat(40).strip());
    assertTrue(headline.length() <= 101 && headline.endsWith("word…"), headline);
  }
}
