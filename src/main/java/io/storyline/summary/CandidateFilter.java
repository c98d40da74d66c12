package io.storyline.summary;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a split sentence is a real sentence worth showing: long enough, ends like a
 * sentence, and reads as prose rather than a heading, credit line or menu. Title Case headings
 * capitalise every content word, so prose must have a lowercase word that is not a stop word
 * ("met", "talks").
 */
final class CandidateFilter {
  private final Set<String> stopWords;

  CandidateFilter(Set<String> stopWords) {
    this.stopWords = Set.copyOf(stopWords);
  }

  static final int MIN_WORDS = 5;
  static final int MAX_WORDS = 120;
  private static final int MIN_LOWERCASE_WORDS = 3;

  boolean accepts(String sentence) {
    String text = sentence.strip();
    if (text.isEmpty() || !endsLikeSentence(text)) {
      return false;
    }
    int words = 0;
    int lowercaseWords = 0;
    boolean lowercaseContentWord = false;
    int letters = 0;
    int visible = 0;
    boolean atWordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        atWordStart = true;
        continue;
      }
      visible++;
      if (Character.isLetter(c)) {
        letters++;
        if (atWordStart) {
          words++;
          if (Character.isLowerCase(c)) {
            lowercaseWords++;
            // One lowercase content word is enough: later words need not be cut out and looked up.
            lowercaseContentWord = lowercaseContentWord || !stopWords.contains(wordAt(text, i));
          }
        }
      }
      atWordStart = false;
    }
    return words >= MIN_WORDS
        && words <= MAX_WORDS
        && lowercaseWords >= MIN_LOWERCASE_WORDS
        && lowercaseContentWord
        && letters * 2 >= visible;
  }

  private static String wordAt(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end)) && end - start < 40) {
      end++;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static boolean endsLikeSentence(String text) {
    int i = text.length() - 1;
    while (i > 0 && isClosing(text.charAt(i))) {
      i--;
    }
    char last = text.charAt(i);
    return last == '.' || last == '!' || last == '?';
  }

  private static boolean isClosing(char c) {
    return c == '"'
        || c == '\''
        || c == ')'
        || c == ']'
        || c == '\u201D'
        || c == '\u2019'
        || c == '\u00BB';
  }
}
