package io.storyline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Words and numbers with offsets, by a single left-to-right scan (no regex, linear time). Keeps
 * inner apostrophes and hyphens ("don't", "de-escalation"), digit groups ("100,000", "3.5") and
 * dotted letter groups ("U.S.") together; everything else that is not a letter or digit separates
 * tokens. Thread-safe.
 */
public final class Tokenizer {

  public List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int end = Math.min(to, text.length());
    int i = Math.max(0, from);
    while (i < end) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int segment = i; // start of the current letter run, for dotted groups
      i++;
      while (i < end) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          i++;
        } else if (i + 1 < end && joinsAround(text, c, i, segment)) {
          i++;
          segment = i;
        } else {
          break;
        }
      }
      if (i < end && text.charAt(i) == '.' && isDottedGroup(text, start, i)) {
        i++; // keep the final period of "U.S."
      }
      tokens.add(new Token(start, i, text.substring(start, i)));
    }
    return tokens;
  }

  private static boolean joinsAround(String text, char c, int i, int segment) {
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    if (c == '\'' || c == '’' || c == '-' || c == '‐') {
      return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }
    if (c == '.' || c == ',') {
      if (Character.isDigit(before) && Character.isDigit(after)) {
        return true;
      }
      return c == '.'
          && Character.isLetter(before)
          && Character.isLetter(after)
          && i - segment <= 2
          && Character.isUpperCase(text.charAt(segment));
    }
    return false;
  }

  private static boolean isDottedGroup(String text, int start, int end) {
    return text.indexOf('.', start) > start
        && text.indexOf('.', start) < end
        && Character.isLetter(text.charAt(end - 1));
  }
}
