package io.storyline.summary;

import io.storyline.text.EnglishStems;
import io.storyline.text.PlainWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a sentence into the stemmed content words the ranking compares: lowercase letter/digit
 * runs, stop words and one-letter tokens dropped, English Snowball stems. Thread-safe.
 */
final class ContentTerms {
  private static final int MAX_TOKEN_CHARS = 40;
  private final Set<String> stopWords;

  ContentTerms(Set<String> stopWords) {
    this.stopWords = Set.copyOf(stopWords);
  }

  List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    for (String token : PlainWords.of(text, MAX_TOKEN_CHARS)) {
      boolean digit = Character.isDigit(token.charAt(0));
      if ((token.length() > 1 || digit) && !stopWords.contains(token)) {
        terms.add(digit ? token : EnglishStems.of(token));
      }
    }
    return terms;
  }
}
