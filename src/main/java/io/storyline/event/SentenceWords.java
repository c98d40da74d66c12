package io.storyline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of one sentence (hyphens dropped) with, for each word, whether real punctuation
 * separates it from the previous word; names run across hyphens ("Russia-NATO Council") but not
 * across commas.
 */
final class SentenceWords {

  private final String text;
  private final List<Word> words = new ArrayList<>();
  private final List<Boolean> breakBefore = new ArrayList<>();

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

  /**
   * The lower-cased words from {@code at}, space-joined: element {@code L - 1} holds the first L
   * words; as many as follow one another without punctuation between, at most {@code maxLength},
   * and each but the first one of {@code prefixes} (the phrase keys' beginnings: a phrase lookup
   * builds no key that no phrase starts with).
   */
  List<String> keysFrom(int at, int maxLength, Set<String> prefixes) {
    List<String> keys = new ArrayList<>(2);
    StringBuilder key = new StringBuilder(words.get(at).lower());
    keys.add(key.toString());
    for (int i = at + 1; i < at + maxLength && !breakBefore.get(i); i++) {
      key.append(' ').append(words.get(i).lower());
      String longer = key.toString();
      if (!prefixes.contains(longer)) {
        break;
      }
      keys.add(longer);
    }
    return keys;
  }

  /** The original text of words [from, to), including the punctuation between them. */
  String span(int from, int to) {
    return text.substring(words.get(from).start(), words.get(to - 1).end());
  }

  /** The value found at words [from, to), with their character offsets. */
  <T> Located<T> located(T value, int from, int to) {
    return new Located<>(value, words.get(from).start(), words.get(to - 1).end());
  }

  /**
   * End of the run of capitalised words starting at {@code start}: it bridges lower-case name
   * connectors ("Bank of England") but never punctuation or claimed words.
   */
  int capitalisedRunEnd(int start, boolean[] claimed, Set<String> connectors) {
    int j = start + 1;
    while (j < words.size() && !claimed[j] && !breakBefore(j)) {
      Word word = words.get(j);
      boolean bridge =
          connectors.contains(word.text())
              && j + 1 < words.size()
              && !claimed[j + 1]
              && !breakBefore(j + 1)
              && words.get(j + 1).capitalised();
      if (!word.capitalised() && !bridge) {
        break;
      }
      j += bridge ? 2 : 1;
    }
    return j;
  }
}
