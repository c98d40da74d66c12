package io.storyline.event;

import java.util.List;

/**
 * Quotation marks: what a speaker says ("We will ship next week") is not what the article reports.
 */
final class Quotes {

  private Quotes() {}

  static boolean mark(Word token) {
    if (!token.punctuation()) {
      return false;
    }
    String text = token.text();
    return text.equals("\"") || text.equals("“") || text.equals("”") || text.equals("„");
  }

  /** For each token, whether it stands between quotation marks (the marks themselves included). */
  static boolean[] inside(List<Word> tokens) {
    boolean[] inside = new boolean[tokens.size()];
    boolean quoted = false;
    for (int i = 0; i < tokens.size(); i++) {
      if (mark(tokens.get(i))) {
        quoted = !quoted;
        inside[i] = true;
      } else {
        inside[i] = quoted;
      }
    }
    return inside;
  }
}
