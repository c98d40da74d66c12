package io.storyline.timeline;

import static io.storyline.timeline.TimelineFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.event.Event;
import io.storyline.temporal.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineAssemblerTest {

  private static final TimelineAssembler ASSEMBLER = new TimelineAssembler();
  private static final List<Event> EVENTS =
      List.of(
          event("geneva", "2022-01-10", 0.9, "Geneva", "000", "001", "002"),
          event("brussels", "2022-01-12", 0.7, "Brussels", "000", "003"),
          event("stoltenberg", "2022-01-10", 0.4, "Brussels", "002"),
          event("january", "2022-01", 0.5, "Geneva", "004"),
          event("crimea", "2014", 0.6, "Crimea", "000", "001"),
          event("december", "2021-12-31", 0.3, "Washington", "004"));

  private static List<String> ids(List<TimelineEntry> entries) {
    return entries.stream().map(TimelineEntry::id).toList();
  }

  @Test
  void entriesRunInDateOrderCoarserFirstThenMoreSalientFirst() {
    List<TimelineEntry> entries = ASSEMBLER.assemble(EVENTS, TimelineQuery.all());
    assertEquals(
        List.of("crimea", "december", "january", "geneva", "stoltenberg", "brussels"),
        ids(entries));
    assertEquals(
        List.of("000", "001", "002"),
        entries.get(3).sources().stream().map(TimelineSource::articleId).toList());
    for (int i = 1; i < entries.size(); i++) {
      assertTrue(entries.get(i - 1).sortKey().compareTo(entries.get(i).sortKey()) < 0);
    }
  }

  @Test
  void fromAndToKeepEntriesWhosePeriodOverlaps() {
    TimelineQuery query =
        new TimelineQuery(
            Optional.of(LocalDate.of(2022, 1, 10)),
            Optional.of(LocalDate.of(2022, 1, 11)),
            Optional.empty(),
            1);
    assertEquals(
        List.of("january", "geneva", "stoltenberg"), ids(ASSEMBLER.assemble(EVENTS, query)));
  }

  @Test
  void monthResolutionRollsDaysIntoTheirMonthAndKeepsCoarserEntries() {
    TimelineQuery query =
        new TimelineQuery(Optional.empty(), Optional.empty(), Optional.of(Granularity.MONTH), 1);
    List<TimelineEntry> entries = ASSEMBLER.assemble(EVENTS, query);
    assertEquals(
        List.of("2014", "2021-12", "2022-01"), entries.stream().map(TimelineEntry::date).toList());
    TimelineEntry january = entries.get(2);
    assertEquals(Granularity.MONTH, january.granularity());
    assertEquals("Talks in Geneva <geneva>.", january.headline());
    assertEquals(5, january.articleCount());
    assertEquals(List.of("Geneva", "Brussels"), january.places());
  }

  @Test
  void dayResolutionGivesOneEntryPerDay() {
    TimelineQuery query =
        new TimelineQuery(Optional.empty(), Optional.empty(), Optional.of(Granularity.DAY), 1);
    List<TimelineEntry> entries = ASSEMBLER.assemble(EVENTS, query);
    assertEquals(
        List.of("2014", "2021-12-31", "2022-01", "2022-01-10", "2022-01-12"),
        entries.stream().map(TimelineEntry::date).toList());
    assertEquals(3, entries.get(3).articleCount());
  }

  @Test
  void minSourcesCountsDistinctArticles() {
    TimelineQuery query =
        new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(), 2);
    assertEquals(List.of("crimea", "geneva", "brussels"), ids(ASSEMBLER.assemble(EVENTS, query)));
  }

  @Test
  void rejectsResolutionsThatAreNotYearMonthOrDay() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TimelineQuery(
                Optional.empty(), Optional.empty(), Optional.of(Granularity.WEEK), 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(), 0));
  }

  @Test
  void pagesBySortKeyWithoutSkippingOrRepeating() {
    List<TimelineEntry> entries = ASSEMBLER.assemble(EVENTS, TimelineQuery.all());
    List<TimelineEntry> seen = new ArrayList<>();
    Optional<String> after = Optional.empty();
    do {
      TimelinePage page = ASSEMBLER.page(entries, after, 4);
      seen.addAll(page.entries());
      after = page.nextAfter();
    } while (after.isPresent());
    assertEquals(entries, seen);
    assertEquals(Optional.empty(), ASSEMBLER.page(entries, Optional.empty(), 6).nextAfter());
  }
}
