package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "cases/sentence-splits.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0000')
  void splitsAtRealSentenceEnds(String name, String marked) {
    List<String> expected = Arrays.asList(marked.split(" \\|\\| "));
    String text = String.join(" ", expected);
    assertEquals(expected, texts(splitter.split(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "cases/sentence-no-split.tsv",
      delimiter = '\t',
      quoteCharacter = '\u0000')
  void keepsOneSentenceWhole(String sentence) {
    assertEquals(List.of(sentence), texts(splitter.split(sentence)));
  }

  @Test
  void neverSplitsAcrossParagraphsAndNeverJoinsThem() {
    String text = "He flew to the U.S.\n\nOfficials met him.\n\nTitle without stop\n\nLast one.";
    assertEquals(
        List.of("He flew to the U.S.", "Officials met him.", "Title without stop", "Last one."),
        texts(splitter.split(text)));
  }

  @Test
  void offsetsPointIntoTheCleanedText() {
    String text = "  First one.  Second one?\n\n“Third,” he said.  ";
    for (Sentence s : splitter.split(text)) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
    assertEquals(3, splitter.split(text).size());
  }

  @Test
  void emptyTextHasNoSentences() {
    assertEquals(List.of(), splitter.split(""));
    assertEquals(List.of(), splitter.split(" \n\n "));
  }

  private static List<String> texts(List<Sentence> sentences) {
    return sentences.stream().map(Sentence::text).toList();
  }
}
