package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Which dates of a sentence become mentions, what each dates, and which places its clause carries.
 */
class MentionDatingTest {

  private static final EventMentionExtractor EXTRACTOR = new EventMentionExtractor();

  static String describe(EventMention mention) {
    String places =
        mention.places().isEmpty()
            ? "-"
            : mention.places().stream().map(Place::name).collect(Collectors.joining("+"));
    return mention.date().value() + " " + mention.role() + " " + places;
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/event/cases/mention-dating.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0001')
  void datesEachClauseOnItsOwn(String sentence, String dates, String expected) {
    List<EventMention> mentions = explicit(TestArticles.article("a", sentence, dates));
    assertEquals(
        List.of(expected.split(";\\s*")),
        mentions.stream().map(MentionDatingTest::describe).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/event/cases/mention-negative.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0001')
  void junkAndVagueDatesYieldNoMention(String text, String dates) {
    // The vague date dates nothing; whether the sentence gets an inferred date is in
    // inferred-dating.tsv.
    assertEquals(List.of(), explicit(TestArticles.article("a", text, dates)));
  }

  /** The mentions dated by a date their sentence names. */
  static List<EventMention> explicit(AnnotatedArticle article) {
    return EXTRACTOR.extract(article).stream()
        .filter(mention -> mention.dating() == Dating.EXPLICIT)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/event/cases/surnames.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0001')
  void resolvesSurnamesToFullNamesSeenInTheArticle(String article, String date, String expected) {
    List<EventMention> mentions = explicit(TestArticles.article("a", article, date));
    assertEquals(1, mentions.size());
    List<String> actors = mentions.get(0).actors().stream().map(Actor::name).toList();
    assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(";")), actors);
  }
}
