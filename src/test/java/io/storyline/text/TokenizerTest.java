package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "cases/tokens.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void findsWordsAndNumbers(String text, String expected) {
    List<String> tokens =
        tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text).toList();
    assertEquals(List.of(expected.split(" ")), tokens);
  }

  @Test
  void offsetsAreAbsoluteAndStayInsideTheRange() {
    String text = "Skip this. Count these words only. Not this.";
    int from = text.indexOf("Count");
    int to = text.indexOf(" Not");
    List<Token> tokens = tokenizer.tokenize(text, from, to);
    assertEquals(
        List.of("Count", "these", "words", "only"), tokens.stream().map(Token::text).toList());
    for (Token t : tokens) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void outOfRangeBoundsAreClamped() {
    assertEquals(List.of(), tokenizer.tokenize("abc", 5, 10));
    assertEquals(1, tokenizer.tokenize("abc", -3, 99).size());
  }
}
