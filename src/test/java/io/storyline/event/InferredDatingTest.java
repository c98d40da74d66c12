package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * How a sentence is dated: by a date it names, by publication near the top of an article, by the
 * narrative's last day, or not at all (plans, predictions, fragments, background).
 */
class InferredDatingTest {

  private static final EventMentionExtractor EXTRACTOR = new EventMentionExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/event/cases/inferred-dating.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0001')
  void datesWhatAReaderWouldDate(String article, String dates, String expected) {
    AnnotatedArticle annotated = TestArticles.article("a", article, dates);
    int last = annotated.sentences().get(annotated.sentences().size() - 1).start();
    List<String> found =
        EXTRACTOR.extract(annotated).stream()
            .filter(mention -> mention.sentenceStart() == last)
            .map(mention -> mention.date().value() + " " + mention.dating())
            .toList();
    assertEquals(expected.equals("none") ? List.of() : List.of(expected.split(";\\s*")), found);
  }
}
