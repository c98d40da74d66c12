package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Places and actors of single sentences, from the case tables. */
class NameFindingTest {

  private static final NameFinder FINDER = new NameFinder(EventLexicon.standard());

  static NameFinder.Names names(String sentence) {
    return FINDER.find(
        new SentenceWords(sentence, WordScanner.scan(sentence, 0, sentence.length())));
  }

  static List<String> expected(String cell) {
    return cell.equals("-") ? List.of() : List.of(cell.split(";"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/event/cases/places.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0001')
  void findsPlacesButNotInsideOrganisationNames(String sentence, String places) {
    assertEquals(
        expected(places), names(sentence).places().stream().map(p -> p.value().name()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/event/cases/places-negative.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0001')
  void namesNoPlace(String sentence) {
    assertEquals(List.of(), names(sentence).places());
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/storyline/event/cases/actors.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0001')
  void findsActorsWithTitlesStripped(String sentence, String actors) {
    assertEquals(
        expected(actors), names(sentence).actors().stream().map(a -> a.value().name()).toList());
  }
}
