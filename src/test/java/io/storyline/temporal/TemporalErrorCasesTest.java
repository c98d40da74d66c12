package io.storyline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The error analysis of the two dev sets (TimeBank, meantime-apple) by category, as tables under
 * {@code cases/errors-*.tsv}: each row is an error the tagger made on a dev document, as a short
 * sentence with that document's date. {@code value} is what the tagger gives for exactly {@code
 * surface} ("-": no expression there), {@code gold} what the set's annotators wrote, and {@code
 * status} how they relate: {@code fixed} (they agree now), {@code open} (the tagger is still
 * wrong), {@code timeml} (the tagger keeps TimeML's reading; gold follows another convention or
 * slipped). A row fails when the tagger's answer changes, so a fixed open error moves to fixed.
 */
class TemporalErrorCasesTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();

  private enum Table {
    EXTENT,
    SPURIOUS,
    TYPE,
    VALUE
  }

  @ParameterizedTest(name = "{5} {2}: {0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/errors-extent.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void extent(String text, String ref, String surface, String value, String gold, String status) {
    check(Table.EXTENT, text, ref, surface, value, gold, status);
  }

  @ParameterizedTest(name = "{5} {2}: {0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/errors-spurious.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void spurious(String text, String ref, String surface, String value, String gold, String status) {
    check(Table.SPURIOUS, text, ref, surface, value, gold, status);
  }

  @ParameterizedTest(name = "{5} {2}: {0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/errors-type.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void type(String text, String ref, String surface, String value, String gold, String status) {
    check(Table.TYPE, text, ref, surface, value, gold, status);
  }

  @ParameterizedTest(name = "{5} {2}: {0}")
  @CsvFileSource(
      resources = {
        "/io/storyline/temporal/cases/errors-value-direction.tsv",
        "/io/storyline/temporal/cases/errors-value-anchor.tsv",
        "/io/storyline/temporal/cases/errors-value-granularity.tsv",
        "/io/storyline/temporal/cases/errors-value-unknown.tsv",
        "/io/storyline/temporal/cases/errors-value-amount.tsv"
      },
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void value(String text, String ref, String surface, String value, String gold, String status) {
    check(Table.VALUE, text, ref, surface, value, gold, status);
  }

  private static void check(
      Table table,
      String text,
      String reference,
      String surface,
      String value,
      String gold,
      String status) {
    String found = "-";
    String rule = "";
    String input = text.replace("\\n", "\n");
    for (TemporalExpression e : TAGGER.annotate(input, LocalDate.parse(reference).atStartOfDay())) {
      if (e.text().equals(surface)) {
        found = table == Table.TYPE ? e.type().name() : e.value();
        rule = e.rule();
      }
    }
    assertEquals(value, found, "tagger's answer for \"" + surface + "\" (rule " + rule + ")");
    boolean tagged = !value.equals("-");
    switch (table) {
      case EXTENT -> assertEquals(!status.equals("open"), tagged, "status " + status);
      case SPURIOUS -> {
        assertEquals("-", gold, "a spurious row has no gold expression");
        assertEquals(!status.equals("fixed"), tagged, "status " + status);
      }
      case TYPE, VALUE -> {
        if (status.equals("fixed")) {
          assertEquals(gold, value, "a fixed row agrees with gold");
        } else {
          assertNotEquals(gold, value, "an " + status + " row disagrees with gold");
        }
      }
    }
  }
}
