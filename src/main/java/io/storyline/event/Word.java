package io.storyline.event;

import java.util.Locale;

/**
 * A word or punctuation mark of an article text: offsets are string indices into that text, end
 * exclusive. A possessive {@code ’s} is its own punctuation token so that "Russia’s" still reads as
 * the place "Russia". A class rather than a record only to keep the lower-cased form, which every
 * table lookup needs.
 */
final class Word {

  private final int start;
  private final int end;
  private final String text;
  private final boolean punctuation;
  private final String lower;

  Word(int start, int end, String text, boolean punctuation) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.punctuation = punctuation;
    this.lower = text.toLowerCase(Locale.ROOT);
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    return text;
  }

  boolean punctuation() {
    return punctuation;
  }

  String lower() {
    return lower;
  }

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
}
