package io.storyline.event;

import java.util.Locale;

/**
 * A word or punctuation mark of an article text: offsets are string indices into that text, end exclusive.
 * A possessive {@code ’s} is its own punctuation token so that "Russia’s" still reads as the place "Russia".
 */
record Word(int start, int end, String text, boolean punctuation) {

  boolean capitalised() {
    return !punctuation && Character.isUpperCase(text.codePointAt(0));
  }

  /** All letters upper case and at least two of them ("NATO", "U.S."). */
  boolean acronym() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return !punctuation && letters >= 2;
  }

  boolean hyphen() {
    return punctuation && (text.equals("-") || text.equals("‐") || text.equals("‑"));
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }
}
