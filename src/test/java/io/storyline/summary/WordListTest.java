package io.storyline.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void stopWordsAreFunctionWordsOnly() {
    Set<String> stopWords = io.storyline.text.TextLexicon.get().stopWords();
    assertTrue(stopWords.contains("the"));
    assertFalse(stopWords.contains("us"), "'us' is the country once lowercased");
    assertFalse(stopWords.contains("talks"));
    assertTrue(WordList.load("dangling-openers.txt").contains("however"));
  }

  @Test
  void danglingOpenersAreRecognisedAfterQuotesAndInAnyCase() {
    SentenceOpeners openers = new SentenceOpeners(WordList.load("dangling-openers.txt"));
    assertTrue(openers.dangles("However, there must be a de-escalation."));
    assertTrue(openers.dangles("“He added that Russia has a gun to the head of Ukraine.”"));
    assertFalse(openers.dangles("Helsinki hosted the talks."));
    assertFalse(openers.dangles("U.S. and Russian officials met in Geneva."));
    assertFalse(openers.dangles(""));
  }

  @Test
  void badDataNamesFileAndLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WordList.parse(
                    "x.txt",
                    new BufferedReader(new StringReader("# comment\nthe\n\nTwo words\n"))));
    assertEquals("x.txt:4: one word a line: 'Two words'", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WordList.parse("x.txt", new BufferedReader(new StringReader("The\n"))));
    assertEquals("x.txt:1: must be lowercase: 'The'", e.getMessage());
  }

  @Test
  void missingResourceFailsWithItsName() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> WordList.load("nope.txt"));
    assertEquals("nope.txt: resource not found", e.getMessage());
  }
}
