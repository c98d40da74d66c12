package io.storyline.text;

import java.util.Locale;

/**
 * Cheap shape facts about one line (word count, punctuation, title case) used by the junk rules.
 */
record LineShape(
    String text,
    String norm,
    int words,
    boolean endsLikeSentence,
    double titleCaseRatio,
    boolean quoted) {
  private static final String SMALL_WORDS =
      " a an the and or of in on at to by for as with but from vs ";
  private static final String EDGE_JUNK = "-–—*•|·>»«_=~#[](){} \t";

  static LineShape of(String text) {
    String norm = normalise(text);
    int words = 0;
    int content = 0;
    int capitalised = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        String word = text.substring(start, Math.min(i, start + 20));
        int first = firstLetterOrDigit(word);
        if (first >= 0 && !SMALL_WORDS.contains(" " + word.toLowerCase(Locale.ROOT) + " ")) {
          content++;
          char c = word.charAt(first);
          if (Character.isUpperCase(c) || Character.isDigit(c)) {
            capitalised++;
          }
        }
      }
    }
    String trimmed = text.strip();
    char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
    boolean sentence = ".!?:;\"”’'…)".indexOf(last) >= 0;
    boolean quoted = text.indexOf('“') >= 0 || text.indexOf('"') >= 0 || text.indexOf('”') >= 0;
    return new LineShape(
        text, norm, words, sentence, content == 0 ? 0 : (double) capitalised / content, quoted);
  }

  /**
   * Lower case, edge decoration ("- Advertisement -", "*") trimmed, trailing ':' or '.' dropped.
   */
  static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    int from = 0;
    int to = lower.length();
    while (from < to && EDGE_JUNK.indexOf(lower.charAt(from)) >= 0) {
      from++;
    }
    while (to > from
        && (EDGE_JUNK.indexOf(lower.charAt(to - 1)) >= 0
            || ":.!".indexOf(lower.charAt(to - 1)) >= 0)) {
      to--;
    }
    return collapse(lower.substring(from, to), false);
  }

  /** Words only, separated by single spaces and padded, for whole-word phrase lookups. */
  String paddedWords() {
    return " " + collapse(norm, true).strip() + " ";
  }

  /**
   * Runs of whitespace (or, for {@code wordsOnly}, of anything but letters, digits and ':') → one
   * space.
   */
  private static String collapse(String text, boolean wordsOnly) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean separator =
          wordsOnly ? !(Character.isLetterOrDigit(c) || c == ':') : Character.isWhitespace(c);
      if (separator) {
        gap = true;
      } else {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  boolean headlineLike() {
    return words > 0 && words <= 25 && !quoted && (!endsLikeSentence || titleCaseRatio >= 0.6);
  }

  private static int firstLetterOrDigit(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLetterOrDigit(word.charAt(k))) {
        return k;
      }
    }
    return -1;
  }
}
