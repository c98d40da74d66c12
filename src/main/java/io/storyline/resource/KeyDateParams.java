package io.storyline.resource;

import io.storyline.api.InvalidRequestException;
import io.storyline.timeline.KeyDates;
import io.storyline.timeline.TopicQuery;
import java.time.LocalDate;
import java.util.Optional;

/** Reads ?dates=N&perDate=K (and the range and topic) of a key-dates request, or rejects it. */
final class KeyDateParams {
  static final int MAX_DATES = 100;
  static final int MAX_PER_DATE = 10;
  static final int DEFAULT_PER_DATE = 1;

  private KeyDateParams() {}

  /** The key-dates query, or empty when {@code dates} is absent (the ordinary timeline). */
  static Optional<KeyDates.Query> parse(
      String dates, String perDate, String from, String to, Optional<TopicQuery> topic) {
    boolean hasDates = dates != null && !dates.isBlank();
    boolean hasPerDate = perDate != null && !perDate.isBlank();
    if (!hasDates) {
      if (hasPerDate) {
        throw new InvalidRequestException("perDate", "needs dates (the number of dates asked for)");
      }
      return Optional.empty();
    }
    int n = number("dates", dates, MAX_DATES);
    int k = hasPerDate ? number("perDate", perDate, MAX_PER_DATE) : DEFAULT_PER_DATE;
    Optional<LocalDate> fromDay = TimelineResource.day("from", from);
    Optional<LocalDate> toDay = TimelineResource.day("to", to);
    if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
      throw new InvalidRequestException("to", "must not be before from");
    }
    return Optional.of(new KeyDates.Query(n, k, fromDay, toDay, topic));
  }

  private static int number(String field, String value, int max) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > max) {
      throw new InvalidRequestException(field, "must be a whole number from 1 to " + max);
    }
    return n;
  }
}
