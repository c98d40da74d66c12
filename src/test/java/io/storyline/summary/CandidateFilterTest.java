package io.storyline.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class CandidateFilterTest {
  private final CandidateFilter filter =
      new CandidateFilter(io.storyline.text.TextLexicon.get().stopWords());

  @ParameterizedTest
  @CsvFileSource(resources = "cases/sentences.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void acceptsRealSentences(String sentence) {
    assertTrue(filter.accepts(sentence), sentence);
  }

  @ParameterizedTest
  @CsvFileSource(resources = "cases/non-sentences.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void rejectsHeadingsCreditsAndFragments(String line) {
    assertFalse(filter.accepts(line), line);
  }
}
