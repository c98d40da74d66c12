package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A resolved period: its grain, first day and the index of a season or half; renders its TIMEX3
 * value.
 */
record Period(Grain grain, LocalDate start, int index) {
  private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

  static int quarter(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  /** The first day of the period of this grain that contains d. */
  static LocalDate start(Grain grain, LocalDate d) {
    return switch (grain) {
      case CENTURY -> LocalDate.of(d.getYear() / 100 * 100, 1, 1);
      case DECADE -> LocalDate.of(d.getYear() / 10 * 10, 1, 1);
      case YEAR -> d.withDayOfYear(1);
      case HALF -> LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
      case QUARTER -> LocalDate.of(d.getYear(), (quarter(d) - 1) * 3 + 1, 1);
      case MONTH -> d.withDayOfMonth(1);
      case WEEK -> d.with(DayOfWeek.MONDAY);
      default -> d;
    };
  }

  LocalDate end() {
    return switch (grain) {
      case CENTURY -> start.plusYears(100);
      case DECADE -> start.plusYears(10);
      case YEAR -> start.plusYears(1);
      case HALF -> start.plusMonths(6);
      case SEASON -> start.plusMonths(3);
      case QUARTER -> start.plusMonths(3);
      case MONTH -> start.plusMonths(1);
      case WEEK -> start.plusWeeks(1);
      case WEEKEND -> start.plusDays(2);
      case DAY -> start.plusDays(1);
    };
  }

  String render() {
    LocalDate d = start;
    int y = d.getYear();
    // String.format is far slower than this on long inputs with many expressions
    return switch (grain) {
      case CENTURY -> pad(y / 100, 2);
      case DECADE -> pad(y / 10, 3);
      case YEAR -> pad(y, 4);
      case HALF -> pad(y, 4) + "-H" + index;
      case SEASON -> pad(y, 4) + "-" + SEASONS[index];
      case QUARTER -> pad(y, 4) + "-Q" + quarter(d);
      case MONTH -> pad(y, 4) + "-" + pad(d.getMonthValue(), 2);
      case WEEK, WEEKEND ->
          pad(d.get(IsoFields.WEEK_BASED_YEAR), 4)
              + "-W"
              + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2)
              + (grain == Grain.WEEKEND ? "-WE" : "");
      case DAY -> d.toString();
    };
  }

  private static String pad(int n, int width) {
    String s = Integer.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  Granularity granularity() {
    return switch (grain) {
      case CENTURY -> Granularity.CENTURY;
      case DECADE -> Granularity.DECADE;
      case YEAR -> Granularity.YEAR;
      case SEASON -> Granularity.SEASON;
      case HALF, QUARTER -> Granularity.QUARTER;
      case MONTH -> Granularity.MONTH;
      case WEEK, WEEKEND -> Granularity.WEEK;
      case DAY -> Granularity.DAY;
    };
  }
}
