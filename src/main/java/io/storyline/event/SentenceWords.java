package io.storyline.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one sentence (hyphens dropped) with, for each word, whether real punctuation separates it
 * from the previous word; names run across hyphens ("Russia-NATO Council") but not across commas.
 */
final class SentenceWords {

  private final String text;
  private final List<Word> words = new ArrayList<>();
  private final List<Boolean> breakBefore = new ArrayList<>();
  /** Lower-case forms, made once: phrase tables look each word up several times. */
  private final List<String> lower = new ArrayList<>();

  SentenceWords(String text, List<Word> tokens) {
    this.text = text;
    boolean pendingBreak = true;
    for (Word token : tokens) {
      if (token.hyphen()) {
        continue;
      }
      if (token.punctuation()) {
        pendingBreak = true;
        continue;
      }
      words.add(token);
      lower.add(token.lower());
      breakBefore.add(pendingBreak);
      pendingBreak = false;
    }
  }

  int size() {
    return words.size();
  }

  Word get(int index) {
    return words.get(index);
  }

  List<Word> all() {
    return List.copyOf(words);
  }

  boolean breakBefore(int index) {
    return breakBefore.get(index);
  }

  /** True if words [at, at+length) have no punctuation between them. */
  boolean joined(int at, int length) {
    for (int i = at + 1; i < at + length; i++) {
      if (breakBefore.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** The original text of words [from, to), including the punctuation between them. */
  String span(int from, int to) {
    return text.substring(words.get(from).start(), words.get(to - 1).end());
  }

  /** The lower-case form of one word. */
  String lower(int index) {
    return lower.get(index);
  }

  String key(int at, int length) {
    if (length == 1) {
      return lower.get(at);
    }
    StringBuilder key = new StringBuilder();
    for (int i = at; i < at + length; i++) {
      if (i > at) {
        key.append(' ');
      }
      key.append(lower.get(i));
    }
    return key.toString();
  }
}
