package io.storyline.timeline;

import io.storyline.text.TextLexicon;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The clause of a sentence that holds one of its dates: "with talks set to continue on Wednesday
 * between the Russia Council and NATO in Brussels" out of a sentence that also names Monday's and
 * Thursday's meetings. When one sentence would head the entries of several days, each day leads
 * with its own clause (the article's words, cut at its punctuation), not with the same sentence.
 */
final class HeadlineClause {

  /** A clause shorter than this says too little to head an entry. */
  private static final int MIN_WORDS = 4;

  private static final Set<String> OPENERS = TextLexicon.get().clauseOpeners();

  private HeadlineClause() {}

  /**
   * The clause around {@code [dateStart, dateEnd)} (offsets into {@code sentence}) between the
   * nearest clause punctuation on either side, without a leading conjunction, first letter
   * capitalised; empty when the offsets are outside the sentence, the clause is the whole sentence
   * or it is too short.
   */
  static Optional<String> around(String sentence, int dateStart, int dateEnd) {
    if (dateStart < 0 || dateEnd > sentence.length() || dateStart >= dateEnd) {
      return Optional.empty();
    }
    int from = 0;
    for (int i = dateStart - 1; i >= 0; i--) {
      if (boundary(sentence.charAt(i))) {
        from = i + 1;
        break;
      }
    }
    int to = sentence.length();
    for (int i = dateEnd; i < sentence.length(); i++) {
      if (boundary(sentence.charAt(i))) {
        to = i;
        break;
      }
    }
    if (from == 0 && to == sentence.length()) {
      return Optional.empty();
    }
    String clause = withoutOpener(trimEnd(sentence.substring(from, to)));
    if (clause.split("\\s+").length < MIN_WORDS) {
      return Optional.empty();
    }
    return Optional.of(clause.substring(0, 1).toUpperCase(Locale.ROOT) + clause.substring(1));
  }

  private static boolean boundary(char c) {
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
