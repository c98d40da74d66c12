package io.storyline.timeline;

import io.storyline.text.TextLexicon;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The clause of a sentence that holds one of its dates: "with talks set to continue on Wednesday
 * between the Russia Council and NATO in Brussels" out of a sentence that also names Monday's and
 * Thursday's meetings. When one sentence would head the entries of several days, each day leads
 * with its own clause (the article's words, cut at its punctuation or before a conjunction), not
 * with the same sentence.
 */
final class HeadlineClause {

  /** A clause shorter than this says too little to head an entry. */
  private static final int MIN_WORDS = 6;

  private static final Set<String> OPENERS = TextLexicon.get().clauseOpeners();

  private HeadlineClause() {}

  /** Offsets of a date expression in the sentence, {@code [start, end)}. */
  record Span(int start, int end) {}

  /**
   * The clause around {@code own} between the nearest clause punctuation on either side, narrowed
   * (at punctuation or before a conjunction such as "and", "which") so that it leaves out the
   * sentence's {@code others} dates where it can; without a leading conjunction, first letter
   * capitalised. Empty when {@code own} is outside the sentence, the clause is the whole sentence
   * or it is too short.
   */
  static Optional<String> around(String sentence, Span own, List<Span> others) {
    if (own.start() < 0 || own.end() > sentence.length() || own.start() >= own.end()) {
      return Optional.empty();
    }
    int from = 0;
    for (int i = own.start() - 1; i >= 0; i--) {
      if (punctuation(sentence.charAt(i))) {
        from = i + 1;
        break;
      }
    }
    int to = sentence.length();
    for (int i = own.end(); i < sentence.length(); i++) {
      if (punctuation(sentence.charAt(i))) {
        to = i;
        break;
      }
    }
    for (Span other : others) {
      if (other.end() <= own.start() && other.end() > from) {
        from = firstBoundary(sentence, other.end(), own.start()).orElse(from);
      } else if (other.start() >= own.end() && other.start() < to) {
        to = lastBoundary(sentence, own.end(), other.start()).orElse(to);
      }
    }
    if (from == 0 && to == sentence.length()) {
      return Optional.empty();
    }
    String clause = withoutOpener(trimEnd(sentence.substring(from, to)));
    if (clause.split(" ").length < MIN_WORDS) {
      return Optional.empty();
    }
    return Optional.of(clause.substring(0, 1).toUpperCase(Locale.ROOT) + clause.substring(1));
  }

  /** The first clause start in {@code (after, before)}: past punctuation, or at a conjunction. */
  private static Optional<Integer> firstBoundary(String sentence, int after, int before) {
    for (int i = after; i < before; i++) {
      if (punctuation(sentence.charAt(i))) {
        return Optional.of(i + 1);
      }
      if (opensClause(sentence, i)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The last clause end in {@code (after, before)}: at punctuation, or before a conjunction. */
  private static Optional<Integer> lastBoundary(String sentence, int after, int before) {
    for (int i = before - 1; i >= after; i--) {
      if (punctuation(sentence.charAt(i)) || opensClause(sentence, i)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Whether a conjunction word starts at {@code i} (after a space, followed by one). */
  private static boolean opensClause(String sentence, int i) {
    if (i == 0 || sentence.charAt(i - 1) != ' ') {
      return false;
    }
    int space = sentence.indexOf(' ', i);
    return space > i && OPENERS.contains(sentence.substring(i, space).toLowerCase(Locale.ROOT));
  }

  private static boolean punctuation(char c) {
    // Not '.', which also ends abbreviations ("U.S."): the sentence's own end is cut below.
    return c == ',' || c == ';' || c == ':' || c == '—' || c == '(' || c == ')';
  }

  private static String trimEnd(String text) {
    String trimmed = text.strip();
    while (!trimmed.isEmpty() && ".!?\"”’'".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    return trimmed;
  }

  private static String withoutOpener(String clause) {
    String rest = clause;
    for (int words = 0; words < 2; words++) {
      int space = rest.indexOf(' ');
      if (space < 0 || !OPENERS.contains(rest.substring(0, space).toLowerCase(Locale.ROOT))) {
        break;
      }
      rest = rest.substring(space + 1).strip();
    }
    return rest;
  }
}
