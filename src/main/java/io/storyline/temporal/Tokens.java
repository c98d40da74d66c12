package io.storyline.temporal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The text cut once into words, numbers and punctuation marks with offsets, plus sentence numbers.
 * Parsers work on token indices; {@code glued(i)} tells whether token i touches token i+1 ("Jan."
 * "9" "-" "10"). Not {@link io.storyline.text.Tokenizer}: the tagger needs punctuation, token kinds
 * and sentence numbers in flat arrays, scanned for every candidate at every start (its hot loop).
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte PUNCT = 3;

  final String text;
  int size;
  int[] start;
  int[] end;
  byte[] kind;
  int[] sentence;

  /** Lower-cased word, digits of a number, or the punctuation character. */
  String[] lower;

  private Tokens(String text, int capacity) {
    this.text = text;
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    sentence = new int[capacity];
    lower = new String[capacity];
  }

  static Tokens of(String text) {
    Tokens t = new Tokens(text, Math.max(16, text.length() / 5));
    int n = text.length();
    int sentenceNo = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (i + 1 < n && (text.charAt(i + 1) == '\n' || t.size > 0)) {
          sentenceNo++;
        }
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n && Character.isLetter(text.charAt(j)) && j - i < 64) {
          j++;
        }
        t.add(i, j, WORD, text.substring(i, j).toLowerCase(Locale.ROOT), sentenceNo);
        i = j;
      } else if (c >= '0' && c <= '9') {
        int j = i + 1;
        while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9' && j - i < 32) {
          j++;
        }
        t.add(i, j, NUMBER, text.substring(i, j), sentenceNo);
        i = j;
      } else {
        t.add(i, i + 1, PUNCT, c == '’' ? "'" : String.valueOf(c), sentenceNo);
        if ((c == '.' || c == '!' || c == '?') && endsSentence(t, i + 1)) {
          sentenceNo++;
        }
        i++;
      }
    }
    return t;
  }

  /**
   * A period ends a sentence after a longer word or a number, not after "Jan." or "U.S.", unless a
   * sentence opener follows ("in the U.S. The company said").
   */
  private static boolean endsSentence(Tokens t, int next) {
    if (next < t.text.length() && !Character.isWhitespace(t.text.charAt(next))) {
      return false;
    }
    int prev = t.size - 2;
    if (prev < 0 || t.text.charAt(t.start[t.size - 1]) != '.') {
      return true;
    }
    if (t.kind[prev] != WORD) {
      return t.kind[prev] == NUMBER;
    }
    // "Jan.", "Mr.", "Co.", "U.S." do not end a sentence; "oil." and "Geneva." do.
    boolean shortName =
        t.lower[prev].length() <= 4 && Character.isUpperCase(t.text.charAt(t.start[prev]));
    return t.lower[prev].length() > 1 && !shortName || startsSentence(t.text, next);
  }

  /** Words that open sentences and do not follow abbreviations ("Gen. Smith", "Jan. 9"). */
  private static final Set<String> OPENERS =
      Set.of(
          "the", "a", "an", "he", "she", "it", "they", "we", "but", "and", "so", "in", "on", "at",
          "this", "that", "there", "his", "her", "its", "their", "i", "if", "when");

  /** "... with the West. So Saddam": a word that opens sentences follows the period. */
  private static boolean startsSentence(String text, int from) {
    int i = from;
    while (i < text.length()
        && i - from < 4
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"')) {
      i++;
    }
    int j = i;
    while (j < text.length() && j - i < 6 && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i
        && Character.isUpperCase(text.charAt(i))
        && OPENERS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
  }

  private void add(int s, int e, byte k, String l, int sentenceNo) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      kind = Arrays.copyOf(kind, cap);
      sentence = Arrays.copyOf(sentence, cap);
      lower = Arrays.copyOf(lower, cap);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    lower[size] = l;
    sentence[size] = sentenceNo;
    size++;
  }

  /** The lower-cased token at i, or "" outside the text (so parsers need no bounds checks). */
  String at(int i) {
    return i >= 0 && i < size ? lower[i] : "";
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kind[i] == NUMBER;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  /** True when token i ends exactly where token i+1 begins. */
  boolean glued(int i) {
    return i >= 0 && i + 1 < size && end[i] == start[i + 1];
  }

  boolean capitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
  }

  boolean sameSentence(int i, int j) {
    return i >= 0 && j >= 0 && i < size && j < size && sentence[i] == sentence[j];
  }

  /** The numeric value of a number token of at most 9 digits, else -1. */
  int number(int i) {
    if (!isNumber(i) || lower[i].length() > 9) {
      return -1;
    }
    return Integer.parseInt(lower[i]);
  }

  int digits(int i) {
    return isNumber(i) ? lower[i].length() : 0;
  }

  /**
   * True when the word at i starts a sentence (nothing but quotes/punctuation before it in its
   * sentence).
   */
  boolean sentenceInitial(int i) {
    int j = i - 1;
    while (j >= 0 && kind[j] == PUNCT && sentence[j] == sentence[i]) {
      j--;
    }
    return j < 0 || sentence[j] != sentence[i];
  }
}
