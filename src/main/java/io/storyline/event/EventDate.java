package io.storyline.event;

import io.storyline.temporal.Granularity;
import io.storyline.temporal.TemporalExpression;
import io.storyline.temporal.TemporalType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The calendar date of an event: TIMEX3 value (e.g. {@code 2022-01-10}, {@code 2022-01}, {@code
 * 2021-SU}), its granularity and the day interval [{@code start}, {@code end}). Two dates are the
 * same only with the same value and granularity: "2022-01" never swallows "2022-01-10".
 */
public record EventDate(String value, Granularity granularity, LocalDate start, LocalDate end)
    implements Comparable<EventDate> {

  /** Granularities that date an event; centuries are too coarse, times are read as their day. */
  private static final Set<Granularity> DATING =
      EnumSet.of(
          Granularity.DECADE,
          Granularity.YEAR,
          Granularity.SEASON,
          Granularity.QUARTER,
          Granularity.MONTH,
          Granularity.WEEK,
          Granularity.DAY);

  private static final int MAX_RANGE_DAYS = 7;

  /**
   * Earlier first; at the same start the coarser date first ("January 2022" before "10 January
   * 2022").
   */
  private static final Comparator<EventDate> ORDER =
      Comparator.comparing(EventDate::start)
          .thenComparing(EventDate::granularity)
          .thenComparing(EventDate::value);

  public EventDate {
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("empty interval for " + value);
    }
  }

  /** A day. */
  public static EventDate day(LocalDate day) {
    return new EventDate(day.toString(), Granularity.DAY, day, day.plusDays(1));
  }

  /**
   * The event dates a temporal expression names: none for durations, sets, PRESENT_REF/PAST_REF or
   * unresolved values; one per day for a short multi-day range ("Jan. 9-10"); otherwise one.
   */
  public static List<EventDate> of(TemporalExpression expression) {
    if (expression.type() != TemporalType.DATE && expression.type() != TemporalType.TIME) {
      return List.of();
    }
    String value = expression.value();
    if (value.isEmpty()
        || value.indexOf('X') >= 0
        || value.endsWith("_REF")
        || expression.granularity().isEmpty()) {
      return List.of();
    }
    Granularity granularity = expression.granularity().get();
    if (granularity == Granularity.TIME || granularity == Granularity.PART_OF_DAY) {
      granularity = Granularity.DAY;
      value = value.length() >= 10 ? value.substring(0, 10) : value;
    }
    if (!DATING.contains(granularity)
        || (granularity == Granularity.DECADE
            && expression.text().chars().noneMatch(Character::isDigit))) {
      // "The past decade" is the span up to now, not a time something happened in.
      return List.of();
    }
    try {
      LocalDate start = expression.intervalStart().orElseGet(() -> parseStart(expression.value()));
      LocalDate end =
          expression.intervalEnd().filter(start::isBefore).orElse(plusOne(start, granularity));
      if (granularity == Granularity.DAY) {
        return days(start, rangeEnd(expression.text(), start).orElse(end));
      }
      return List.of(new EventDate(value, granularity, start, end));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return List.of();
    }
  }

  /**
   * The same period at a coarser granularity (YEAR, MONTH or DAY); this date itself if not finer.
   */
  public EventDate rollUp(Granularity target) {
    if (granularity.compareTo(target) <= 0) {
      return this;
    }
    return switch (target) {
      case YEAR ->
          new EventDate(
              String.format(Locale.ROOT, "%04d", start.getYear()),
              target,
              start.withDayOfYear(1),
              start.withDayOfYear(1).plusYears(1));
      case MONTH ->
          new EventDate(
              String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue()),
              target,
              start.withDayOfMonth(1),
              start.withDayOfMonth(1).plusMonths(1));
      case DAY -> day(start);
      default ->
          throw new IllegalArgumentException("roll-up supports YEAR, MONTH and DAY, not " + target);
    };
  }

  /** A key whose string order is the date order: start day, granularity rank, value. */
  public String sortKey() {
    return start + "|" + String.format(Locale.ROOT, "%02d", granularity.ordinal()) + "|" + value;
  }

  @Override
  public int compareTo(EventDate other) {
    return ORDER.compare(this, other);
  }

  /**
   * The day after a day range's last day when the tagger anchored "Jan. 9-10" at its first day
   * only: the text ends in a dash and a later day of the same month.
   */
  private static Optional<LocalDate> rangeEnd(String text, LocalDate start) {
    int digits = 0;
    int i = text.length() - 1;
    while (i >= 0 && digits < 3 && Character.isDigit(text.charAt(i))) {
      digits++;
      i--;
    }
    if (digits == 0
        || digits > 2
        || i < 1
        || "-–‑".indexOf(text.charAt(i)) < 0
        || !Character.isDigit(text.charAt(i - 1))) {
      return Optional.empty();
    }
    int lastDay = Integer.parseInt(text.substring(i + 1));
    if (lastDay <= start.getDayOfMonth() || lastDay > start.lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(start.withDayOfMonth(lastDay).plusDays(1));
  }

  private static List<EventDate> days(LocalDate start, LocalDate end) {
    List<EventDate> days = new ArrayList<>();
    long length = end.toEpochDay() - start.toEpochDay();
    if (length > MAX_RANGE_DAYS) {
      return List.of();
    }
    for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
      days.add(day(day));
    }
    return days;
  }

  private static LocalDate parseStart(String value) {
    if (value.matches("\\d{4}")) {
      return LocalDate.of(Integer.parseInt(value), 1, 1);
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      return LocalDate.parse(value + "-01");
    }
    return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
  }

  private static LocalDate plusOne(LocalDate start, Granularity granularity) {
    return switch (granularity) {
      case DECADE -> start.plusYears(10);
      case YEAR -> start.plusYears(1);
      case SEASON, QUARTER -> start.plusMonths(3);
      case MONTH -> start.plusMonths(1);
      case WEEK -> start.plusWeeks(1);
      default -> start.plusDays(1);
    };
  }
}
