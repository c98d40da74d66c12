package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.temporal.Granularity;
import io.storyline.temporal.TemporalExpression;
import io.storyline.temporal.TemporalType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which temporal expressions date events, and how event dates order and roll up. */
class EventDateTest {

  private static List<String> values(String text, String value) {
    return EventDate.of(TestArticles.expression(0, text, value)).stream()
        .map(EventDate::value)
        .toList();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "on Monday|2022-01-10|2022-01-10",
        "Sunday night|2022-01-09TNI|2022-01-09",
        "last month|2021-12|2021-12",
        "this week|2022-W02|2022-W02",
        "last summer|2021-SU|2021-SU",
        "in 2014|2014|2014",
        "the 1990s|199|199",
        "Jan. 9-10|2022-01-09|2022-01-09 2022-01-10",
        "two weeks|P2W|",
        "recently|PAST_REF|",
        "now|PRESENT_REF|",
        "on a Tuesday|XXXX-XX-XX|"
      })
  void datesEventsFromResolvedDatesOnly(String text, String value, String expected) {
    assertEquals(expected == null ? List.of() : List.of(expected.split(" ")), values(text, value));
  }

  @Test
  void setsDoNotDateEvents() {
    TemporalExpression weekly =
        new TemporalExpression(
            0,
            6,
            "weekly",
            TemporalType.SET,
            "P1W",
            Optional.of(Granularity.WEEK),
            Optional.empty(),
            Optional.empty(),
            "test");
    assertEquals(List.of(), EventDate.of(weekly));
  }

  @Test
  void coarserDatesSortBeforeFinerOnesStartingTheSameDay() {
    EventDate month = EventDate.of(TestArticles.expression(0, "January", "2022-01")).get(0);
    EventDate day = EventDate.day(LocalDate.of(2022, 1, 1));
    EventDate later = EventDate.day(LocalDate.of(2022, 1, 10));
    assertTrue(month.compareTo(day) < 0 && day.compareTo(later) < 0);
    assertTrue(
        month.sortKey().compareTo(day.sortKey()) < 0
            && day.sortKey().compareTo(later.sortKey()) < 0);
  }

  @Test
  void rollsUpToMonthAndYearButNeverRefines() {
    EventDate day = EventDate.day(LocalDate.of(2022, 1, 10));
    assertEquals("2022-01", day.rollUp(Granularity.MONTH).value());
    assertEquals("2022", day.rollUp(Granularity.YEAR).value());
    EventDate year = day.rollUp(Granularity.YEAR);
    assertEquals(year, year.rollUp(Granularity.DAY));
  }
}
