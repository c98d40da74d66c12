package io.storyline.resource;

import io.storyline.api.InvalidRequestException;
import io.storyline.timeline.KeyDates;
import io.storyline.timeline.TopicQuery;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The ?dates=N&perDate=K parameters of a key-dates request (a {@code @BeanParam}, so the story
 * timeline and the topic search declare them once), read with the range and topic, or rejected.
 */
public final class KeyDateParams {
  static final int MAX_DATES = 100;
  static final int MAX_PER_DATE = 10;
  static final int DEFAULT_PER_DATE = 1;

  @Parameter(
      description =
          "Key dates instead of entries: this many days (1 to 100), the ones most of the articles"
              + " point at (published on them, or with sentences naming them), in date order",
      schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100"),
      example = "3")
  @QueryParam("dates")
  String dates;

  @Parameter(
      description = "With dates: sentences per date (1 to 10)",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              format = "int32",
              minimum = "1",
              maximum = "10",
              defaultValue = "1"),
      example = "2")
  @QueryParam("perDate")
  String perDate;

  /** The key-dates query, or empty when {@code dates} is absent (the ordinary timeline). */
  Optional<KeyDates.Query> parse(String from, String to, Optional<TopicQuery> topic) {
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
