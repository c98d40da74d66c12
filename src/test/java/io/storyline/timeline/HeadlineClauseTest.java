package io.storyline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The clause that heads one day of a sentence naming several: a table of examples. */
class HeadlineClauseTest {

  static Stream<Arguments> table() throws IOException {
    try (InputStream in = HeadlineClauseTest.class.getResourceAsStream("headline-clauses.tsv")) {
      List<Arguments> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cells = line.split("\t", -1);
          rows.add(Arguments.of(cells[0], cells[1], cells[2], cells[3]));
        }
      }
      return rows.stream();
    }
  }

  @ParameterizedTest(name = "{1} of \"{0}\"")
  @MethodSource("table")
  void clauseOfTheDate(String sentence, String date, String others, String expected) {
    List<HeadlineClause.Span> otherDates =
        Arrays.stream(others.split("\\|"))
            .filter(o -> !o.isEmpty())
            .map(o -> span(sentence, o))
            .toList();
    assertEquals(
        expected.equals("-") ? Optional.empty() : Optional.of(expected),
        HeadlineClause.around(sentence, span(sentence, date), otherDates));
  }

  private static HeadlineClause.Span span(String sentence, String date) {
    int start = sentence.indexOf(date);
    return new HeadlineClause.Span(start, start + date.length());
  }
}
