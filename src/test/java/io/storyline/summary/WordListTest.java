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
  void loadsEveryResourceOfThePackage() {
    Set<String> stopWords = WordList.load("stopwords.txt");
    assertTrue(stopWords.contains("the"));
    assertFalse(stopWords.contains("us"), "'us' is the country once lowercased");
    assertFalse(stopWords.contains("talks"));
  }

  @Test
  void badDataNamesFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WordList.parse("x.txt", new BufferedReader(new StringReader("# comment\nthe\n\nTwo words\n"))));
    assertEquals("x.txt:4: one word a line: 'Two words'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> WordList.parse("x.txt", new BufferedReader(new StringReader("The\n"))));
    assertEquals("x.txt:1: must be lowercase: 'The'", e.getMessage());
  }

  @Test
  void missingResourceFailsWithItsName() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.load("nope.txt"));
    assertEquals("nope.txt: resource not found", e.getMessage());
  }
}
