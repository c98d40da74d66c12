package io.storyline.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Parses the dates clients send: an ISO date ({@code 2022-01-10}) or date-time, within sane years.
 */
public final class DateParams {
  /** What {@link #instant} takes, for the API document: a date, or a date and time. */
  public static final String DATE_OR_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}([Tt].+)?$";

  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2200;

  private DateParams() {}

  /** An ISO date (start of that day, UTC) or date-time (with offset, or taken as UTC). */
  public static Optional<Instant> instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    Instant instant;
    try {
      if (text.length() <= 10) {
        instant = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } else if (hasOffset(text)) {
        instant = OffsetDateTime.parse(text).toInstant();
      } else {
        instant = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeException e) {
      throw new InvalidRequestException(
          field, "must be an ISO date (2022-01-10) or date-time (2022-01-10T09:30:00Z)");
    }
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidRequestException(
          field, "must be between the years " + MIN_YEAR + " and " + MAX_YEAR);
    }
    return Optional.of(instant);
  }

  private static boolean hasOffset(String text) {
    char last = text.charAt(text.length() - 1);
    if (last == 'Z' || last == 'z') {
      return true;
    }
    int t = text.indexOf('T');
    return t > 0 && (text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0);
  }
}
