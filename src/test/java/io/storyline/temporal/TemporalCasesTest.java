package io.storyline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.storyline.text.DataFile;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The example tables under {@code cases/}: text, reference date, expected surface text, expected
 * TIMEX3 value. House reference date: 2022-01-10 (a Monday) unless a row needs another weekday.
 */
class TemporalCasesTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/explicit.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void explicitDates(String text, String reference, String surface, String value) {
    check(text, reference, surface, value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/weekday.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void weekdays(String text, String reference, String surface, String value) {
    check(text, reference, surface, value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/relative.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void relativeDates(String text, String reference, String surface, String value) {
    check(text, reference, surface, value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/duration.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void durations(String text, String reference, String surface, String value) {
    check(text, reference, surface, value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/time.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void times(String text, String reference, String surface, String value) {
    check(text, reference, surface, value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/set.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void sets(String text, String reference, String surface, String value) {
    check(text, reference, surface, value);
  }

  /** Tense and modality: reported speech, plans, modals and the perfect decide the direction. */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/reported.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void reportedSpeechAndModality(String text, String reference, String surface, String value) {
    check(text, reference, surface, value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/temporal/cases/negative.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      quoteCharacter = '`')
  void nonDatesDoNotTag(String text, String reference) {
    List<TemporalExpression> found = annotate(text, reference);
    assertTrue(
        found.isEmpty(), () -> "expected nothing in \"" + text + "\" but got " + describe(found));
  }

  @Test
  void resultsAreSortedAndDoNotOverlap() {
    List<TemporalExpression> found =
        annotate(
            "On Friday, Jan. 7, 2022, a day earlier than planned, talks began; next week and in"
                + " 2014 too.",
            "2022-01-10");
    for (int i = 1; i < found.size(); i++) {
      assertTrue(found.get(i - 1).end() <= found.get(i).start(), describe(found));
    }
  }

  @Test
  void theDatelineIsTheCreationTimeNotAnExpressionOfTheText() {
    String article =
        "Apple launches 3G iPhone\n\nJune 9, 2008\n\nApple Computer today launched a 3G"
            + " version of its iPhone, on sale from July 11.";
    assertEquals(
        "[today=2008-06-09 (deictic-today), July 11=2008-07-11 (month-day)]",
        describe(annotate(article, "2008-06-09")));
    // another day on the line is a date of the text; so is the reference date inside a sentence
    assertEquals(1, annotate("Title\n\nJune 9, 2008\n\nBody.", "2008-06-10").size());
    assertEquals(1, annotate("It launched on June 9, 2008.", "2008-06-09").size());
  }

  @Test
  void resolvedDatesCarryGranularityAndInterval() {
    TemporalExpression june = annotate("The summit was held last June.", "2022-01-10").get(0);
    assertEquals(Granularity.MONTH, june.granularity().orElseThrow());
    assertEquals(LocalDate.of(2021, 6, 1), june.intervalStart().orElseThrow());
    assertEquals(LocalDate.of(2021, 7, 1), june.intervalEnd().orElseThrow());
  }

  @Test
  void allLexiconFilesLoad() {
    TemporalLexicon lex = new TemporalLexicon();
    assertEquals(12, lex.months.values().stream().distinct().count());
    assertEquals(7, lex.weekdays.values().stream().distinct().count());
    assertEquals(16, TemporalLexicon.FILES.size());
    for (String file : TemporalLexicon.FILES) {
      assertTrue(TemporalLexicon.class.getResource("/io/storyline/temporal/" + file) != null, file);
    }
  }

  @Test
  void badLexiconDataFailsWithFileAndLine() {
    String data = "# months\njanuary\t1\nfebruary two\n";
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                TemporalLexicon.parse(
                    DataFile.lines("months.txt", new StringReader(data)),
                    2,
                    f -> Integer.parseInt(f[1])));
    assertTrue(e.getMessage().startsWith("months.txt:3: "), e.getMessage());
    String bad = "march\tthree\n";
    IllegalStateException e2 =
        assertThrows(
            IllegalStateException.class,
            () ->
                TemporalLexicon.parse(
                    DataFile.lines("months.txt", new StringReader(bad)),
                    2,
                    f -> Integer.parseInt(f[1])));
    assertTrue(e2.getMessage().startsWith("months.txt:1: "), e2.getMessage());
  }

  private static void check(String text, String reference, String surface, String value) {
    List<TemporalExpression> found = annotate(text, reference);
    for (TemporalExpression e : found) {
      if (e.text().equals(surface)) {
        assertEquals(value, e.value(), () -> "value of \"" + surface + "\" by rule " + e.rule());
        assertEquals(surface, text.substring(e.start(), e.end()));
        return;
      }
    }
    fail("no expression \"" + surface + "\" in \"" + text + "\"; found " + describe(found));
  }

  private static List<TemporalExpression> annotate(String text, String reference) {
    return TAGGER.annotate(text, LocalDate.parse(reference).atStartOfDay());
  }

  static String describe(List<TemporalExpression> found) {
    return found.stream()
        .map(e -> e.text() + "=" + e.value() + " (" + e.rule() + ")")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
