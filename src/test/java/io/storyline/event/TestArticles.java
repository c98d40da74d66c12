package io.storyline.event;

import io.storyline.temporal.Granularity;
import io.storyline.temporal.TemporalExpression;
import io.storyline.temporal.TemporalType;
import io.storyline.text.Sentence;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-built articles for unit tests: sentences split on " | ", dates given as "phrase=TIMEX
 * value".
 */
final class TestArticles {

  static final LocalDateTime PUBLISHED = LocalDateTime.of(2022, 1, 10, 9, 0);

  private TestArticles() {}

  /**
   * {@code dates}: "on Sunday=2022-01-09; last June=2021-06" (phrases found in order of first
   * occurrence).
   */
  static AnnotatedArticle article(String id, String sentences, String dates) {
    String text = sentences.replace(" | ", " ");
    List<Sentence> split = new ArrayList<>();
    int start = 0;
    for (String part : sentences.split(" \\| ")) {
      split.add(new Sentence(start, start + part.length(), part));
      start += part.length() + 1;
    }
    List<TemporalExpression> expressions = new ArrayList<>();
    int from = 0;
    if (dates != null && !dates.equals("-")) {
      for (String pair : dates.split(";\\s*")) {
        String phrase = pair.substring(0, pair.lastIndexOf('='));
        String value = pair.substring(pair.lastIndexOf('=') + 1);
        int at = text.indexOf(phrase, from);
        if (at < 0) {
          at = text.indexOf(phrase);
        }
        if (at < 0) {
          throw new IllegalArgumentException("date phrase not in text: " + phrase);
        }
        expressions.add(expression(at, phrase, value));
        from = at + phrase.length();
      }
    }
    return new AnnotatedArticle(id, PUBLISHED, text, split, expressions);
  }

  static TemporalExpression expression(int at, String phrase, String value) {
    Optional<Granularity> granularity = granularity(value);
    TemporalType type =
        value.startsWith("P") && !value.startsWith("PAST") && !value.startsWith("PRESENT")
            ? TemporalType.DURATION
            : TemporalType.DATE;
    Optional<LocalDate> start = Optional.empty();
    Optional<LocalDate> end = Optional.empty();
    if (value.matches("\\d{4}-W\\d{2}")) {
      start =
          Optional.of(
              LocalDate.parse(value.substring(0, 4) + "-01-04")
                  .with(
                      java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                      Long.parseLong(value.substring(6)))
                  .with(java.time.DayOfWeek.MONDAY));
      end = start.map(d -> d.plusWeeks(1));
    } else if (value.matches("\\d{4}-SU")) {
      start = Optional.of(LocalDate.parse(value.substring(0, 4) + "-06-21"));
      end = Optional.of(LocalDate.parse(value.substring(0, 4) + "-09-23"));
    } else if (value.matches("\\d{3}")) {
      start = Optional.of(LocalDate.of(Integer.parseInt(value) * 10, 1, 1));
      end = start.map(d -> d.plusYears(10));
    }
    return new TemporalExpression(
        at,
        at + phrase.length(),
        phrase,
        type,
        value,
        type == TemporalType.DATE ? granularity : Optional.empty(),
        start,
        end,
        "test");
  }

  private static Optional<Granularity> granularity(String value) {
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.of(Granularity.DAY);
    } else if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      return Optional.of(Granularity.PART_OF_DAY);
    } else if (value.matches("\\d{4}-\\d{2}")) {
      return Optional.of(Granularity.MONTH);
    } else if (value.matches("\\d{4}-W\\d{2}")) {
      return Optional.of(Granularity.WEEK);
    } else if (value.matches("\\d{4}-(SP|SU|FA|WI)")) {
      return Optional.of(Granularity.SEASON);
    } else if (value.matches("\\d{4}")) {
      return Optional.of(Granularity.YEAR);
    } else if (value.matches("\\d{3}")) {
      return Optional.of(Granularity.DECADE);
    } else if (value.matches("[0-9X]{4}-[0-9X]{2}-[0-9X]{2}")) {
      return Optional.of(Granularity.DAY);
    }
    return Optional.empty();
  }
}
