package io.storyline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What "events involving X" asks for, matched against the normal words of a clause or a name (see
 * {@link NameWords}): every word of X, in any order, with a company suffix optional ("Apple Inc."
 * finds "Apple", "Apple" finds "Apple Inc."), case, dots and possessives ignored, a plural "-s"
 * allowed ("iPods", not for a word with a digit: "3G" is not "3GS"); a word with a digit must
 * follow the word before it ("iPhone 4" is not "iPhone 3GS ... 4 hours", nor "iPhone 4S").
 * Immutable.
 */
public final class NameQuery {

  private final List<String> words;

  private NameQuery(List<String> words) {
    this.words = words;
  }

  /** The query, or empty when {@code text} has no letter or digit. */
  public static Optional<NameQuery> parse(String text) {
    List<String> words = NameWords.of(text);
    return words.isEmpty()
        ? Optional.empty()
        : Optional.of(new NameQuery(NameWords.withoutSuffix(words)));
  }

  /** The query's normal words, company suffix left out ("Apple Inc." is "apple"). */
  public List<String> words() {
    return words;
  }

  /** True if the query names what these normal words (space-separated) say. */
  public boolean matchesWords(String normalWords) {
    // Most clauses lack a query word altogether: rejected without splitting them (search speed).
    for (String word : words) {
      if (!normalWords.contains(word)) {
        return false;
      }
    }
    return matches(List.of(normalWords.split(" ")));
  }

  /** True if the query names this name, written as text ("United States", "Apple Inc."). */
  public boolean matchesName(String name) {
    return matches(NameWords.of(name));
  }

  private boolean matches(List<String> text) {
    List<Integer> previous = List.of();
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      boolean digits = word.chars().anyMatch(Character::isDigit);
      boolean adjacent = w > 0 && digits;
      List<Integer> at = new ArrayList<>();
      boolean inName = false;
      for (int i = 0; i < text.size(); i++) {
        String token = text.get(i);
        if (token.contains(NameWords.JOINER)) {
          inName |= inName(List.of(token.split(NameWords.JOINER)), w);
        } else if (same(token, word, digits) && (!adjacent || previous.contains(i - 1))) {
          at.add(i);
        }
      }
      if (at.isEmpty() && !inName) {
        return false;
      }
      previous = at;
    }
    return true;
  }

  /**
   * Query word {@code w} stands in this name, and the name ends with a query word from {@code w}
   * on: "jobs" in "apple ceo steve jobs", "itunes" in "itunes music store" for "iTunes store"; not
   * "ipod" in "ipod nano" (another thing) nor "apple" in "apple tv".
   */
  private boolean inName(List<String> nameWords, int w) {
    List<String> name = NameWords.withoutSuffix(nameWords);
    String word = words.get(w);
    boolean digits = word.chars().anyMatch(Character::isDigit);
    String last = name.get(name.size() - 1);
    if (!words.subList(w, words.size()).contains(last)
        && !(w == words.size() - 1 && same(last, word, digits))) {
      return false;
    }
    for (int k = 0; k < name.size(); k++) {
      if (same(name.get(k), word, digits)
          && (!(w > 0 && digits) || (k > 0 && name.get(k - 1).equals(words.get(w - 1))))) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(String candidate, String word, boolean digits) {
    return candidate.equals(word)
        || (!digits
            && candidate.length() == word.length() + 1
            && candidate.startsWith(word)
            && candidate.endsWith("s"));
  }
}
