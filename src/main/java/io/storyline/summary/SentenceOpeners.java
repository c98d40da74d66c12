package io.storyline.summary;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises sentences that open with a word pointing back to earlier text ("However,", "He",
 * "This").
 */
final class SentenceOpeners {
  private static final int MAX_WORD_CHARS = 20;
  private final Set<String> danglingOpeners;

  SentenceOpeners(Set<String> danglingOpeners) {
    this.danglingOpeners = Set.copyOf(danglingOpeners);
  }

  boolean dangles(String sentence) {
    int start = 0;
    int n = sentence.length();
    while (start < n && !Character.isLetter(sentence.charAt(start)) && start < 4) {
      start++; // skip an opening quote or dash
    }
    int end = start;
    while (end < n && Character.isLetter(sentence.charAt(end)) && end - start <= MAX_WORD_CHARS) {
      end++;
    }
    return end > start
        && danglingOpeners.contains(sentence.substring(start, end).toLowerCase(Locale.ROOT));
  }
}
