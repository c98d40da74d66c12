package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Which mentions involve a queried entity: name variants from the query and the article. */
class EntityNamesTest {

  private static final EventMentionExtractor EXTRACTOR = new EventMentionExtractor();

  @ParameterizedTest(name = "{2}: {0}")
  @CsvFileSource(
      resources = "/io/storyline/event/cases/entity-names.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0001')
  void findsTheEventsOfAnEntity(String article, String dates, String query, String expected) {
    AnnotatedArticle annotated = TestArticles.article("a", article, dates);
    int last = annotated.sentences().get(annotated.sentences().size() - 1).start();
    NameQuery name = NameQuery.parse(query).orElseThrow();
    List<String> found =
        EXTRACTOR.extract(annotated).stream()
            .filter(mention -> mention.sentenceStart() == last)
            .filter(mention -> involves(mention, name))
            .map(mention -> mention.date().value())
            .toList();
    assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(";")), found);
  }

  @Test
  void aQueryNeedsALetterOrDigit() {
    assertTrue(NameQuery.parse(" ,;- ").isEmpty());
    assertTrue(NameQuery.parse("").isEmpty());
  }

  /** What the timeline search checks of an entry, here of one mention. */
  static boolean involves(EventMention mention, NameQuery query) {
    return query.matchesWords(mention.clause())
        || mention.names().stream().anyMatch(query::matchesWords)
        || mention.places().stream().anyMatch(place -> query.matchesName(place.name()))
        || mention.actors().stream().anyMatch(actor -> query.matchesName(actor.name()));
  }
}
