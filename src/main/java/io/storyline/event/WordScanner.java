package io.storyline.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and single punctuation marks by hand-written scanning (bounded work, no
 * regex). Keeps abbreviations ("U.S.", "U.K.") and name initials ("W.") whole, splits hyphens and
 * possessives off. Not {@link io.storyline.text.Tokenizer}: name finding needs the punctuation
 * marks and the possessive "'s" as tokens of their own, which the news tokenizer drops or joins.
 */
final class WordScanner {

  private WordScanner() {}

  static List<Word> scan(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int i = Math.max(0, from);
    int end = Math.min(text.length(), to);
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int stop = wordEnd(text, i, end);
        words.add(new Word(i, stop, text.substring(i, stop), false));
        i = stop;
      } else if (isApostrophe(c) && possessiveAt(text, i, end)) {
        words.add(new Word(i, i + 2, text.substring(i, i + 2), true));
        i += 2;
      } else {
        words.add(new Word(i, i + 1, String.valueOf(c), true));
        i++;
      }
    }
    return words;
  }

  private static int wordEnd(String text, int start, int end) {
    int i = start;
    boolean singleLetterSegments = true;
    int segmentStart = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if (isApostrophe(c)
          && i + 1 < end
          && Character.isLetter(text.charAt(i + 1))
          && !possessiveAt(text, i, end)) {
        i++;
      } else if (c == '.'
          && singleLetterSegments
          && i - segmentStart == 1
          && abbreviationContinues(text, i, end)) {
        i++;
        segmentStart = i;
      } else {
        break;
      }
      if (i - segmentStart > 1) {
        singleLetterSegments = false;
      }
    }
    boolean initial = i - start == 1 && Character.isUpperCase(text.charAt(start));
    boolean abbreviation = singleLetterSegments && i - start >= 3;
    if (i < end
        && text.charAt(i) == '.'
        && (abbreviation || initial && nameFollows(text, i + 1, end))) {
      i++;
    }
    return i;
  }

  /** "U.S": after "U." comes a single letter and then a dot or the end of the abbreviation. */
  private static boolean abbreviationContinues(String text, int dot, int end) {
    return dot + 1 < end
        && Character.isLetter(text.charAt(dot + 1))
        && (dot + 2 >= end || !Character.isLetterOrDigit(text.charAt(dot + 2)));
  }

  /** "George W. Bush": an initial's dot is kept when a capitalised word follows after one space. */
  private static boolean nameFollows(String text, int i, int end) {
    return i + 1 < end && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1));
  }

  private static boolean possessiveAt(String text, int i, int end) {
    return i + 1 < end
        && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= end || !Character.isLetterOrDigit(text.charAt(i + 2)));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
