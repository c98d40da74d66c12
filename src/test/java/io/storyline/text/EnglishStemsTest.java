package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishStemsTest {
  @ParameterizedTest
  @CsvSource({
    "talks, talk",
    "negotiations, negoti",
    "negotiated, negoti",
    "russian, russian",
    "security, secur",
    "guarantees, guarante",
    "running, run",
    "geneva, geneva",
    "ukraine's, ukrain"
  })
  void stemsAsSnowballDoesTheFirstTimeAndEveryTimeAfter(String word, String stem) {
    assertEquals(stem, EnglishStems.of(word));
    assertEquals(stem, EnglishStems.of(word));
  }

  @Test
  void aFullTableIsEmptiedAndStemsStayRight() {
    SnowballStemmer snowball = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    for (int i = 0; i < EnglishStems.MAX_WORDS + 1_000; i++) {
      String word = "talking" + Integer.toString(i, 26).replaceAll("[0-9]", "x");
      assertEquals(snowball.stem(word).toString(), EnglishStems.of(word), word);
      assertTrue(EnglishStems.size() <= EnglishStems.MAX_WORDS);
    }
    assertEquals("talk", EnglishStems.of("talks"));
  }
}
