package io.storyline.text;

import java.util.Locale;
import java.util.Set;

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
  /** Words a title leaves in lower case; none is longer than {@value #SMALL_WORD_CHARS} chars. */
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "by", "for", "as", "with",
          "but", "from", "vs");

  private static final int SMALL_WORD_CHARS = 4;
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
        int end = Math.min(i, start + 20);
        int first = firstLetterOrDigit(text, start, end);
        if (first >= 0 && !smallWord(text, start, end)) {
          content++;
          char c = text.charAt(first);
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

  /** Index of the first letter or digit in [start, end), or -1. */
  private static int firstLetterOrDigit(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  /** Whether text[start, end) is one of the {@link #SMALL_WORDS}, in any case. */
  private static boolean smallWord(String text, int start, int end) {
    return end - start <= SMALL_WORD_CHARS
        && SMALL_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }
}
