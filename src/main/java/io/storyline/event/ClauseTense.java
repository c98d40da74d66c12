package io.storyline.event;

import io.storyline.text.DataFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tense of a sentence's main clause, read from its first finite verb outside quotation marks
 * ("Jobs said ... will" is past: the saying is what happened). Word lists in {@code
 * tense-words.tsv}; regular past forms are lower-case words ending in "-ed" not after a determiner
 * ("the updated model"). Thread-safe.
 */
final class ClauseTense {

  /** What the main clause says about time. */
  enum Tense {
    PAST,
    PERFECT,
    PRESENT,
    /** A plan, prediction or possibility: nothing happened yet. */
    PLAN,
    /** No finite verb: a label or fragment. */
    NONE
  }

  private enum Kind {
    MODAL,
    PLAN,
    PERFECT,
    PRESENT,
    PAST,
    PARTICIPLE
  }

  /** Words that make a following "-ed" word an adjective ("the updated model"). */
  private static final Set<String> DETERMINERS =
      Set.of(
          "the",
          "a",
          "an",
          "its",
          "their",
          "his",
          "her",
          "our",
          "my",
          "your",
          "this",
          "that",
          "these",
          "those",
          "newly",
          "recently");

  /**
   * Adverbs that may stand between an auxiliary and its verb ("has also sold", "has twice before
   * sued"); so may any lower-case "-ly" word ("has reportedly sold").
   */
  private static final Set<String> ADVERBS =
      Set.of(
          "not", "n't", "also", "yet", "already", "now", "just", "since", "never", "still", "twice",
          "once", "before", "again", "ever");

  /** Auxiliaries that make a plan with "to" ("is to be released", "has to leave"). */
  private static final Set<String> AUXILIARIES =
      Set.of("is", "are", "am", "'m", "'re", "was", "were", "has", "have", "had", "'ve");

  private static final int MIN_REGULAR_PAST = 4;

  private final Map<String, Kind> words = new HashMap<>();

  ClauseTense() {
    for (DataFile.Line row : DataFile.table("/io/storyline/event/tense-words.tsv", 2)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.cell(1).toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind " + row.cell(1));
      }
      if (words.putIfAbsent(row.cell(0), kind) != null) {
        throw row.error("duplicate word " + row.cell(0));
      }
    }
  }

  Tense of(List<Word> tokens) {
    return main(tokens).tense();
  }

  /** The main clause's tense and its finite verb's token index (-1 without one). */
  record Main(Tense tense, int verb) {}

  Main main(List<Word> tokens) {
    boolean quoted = false;
    for (int i = 0; i < tokens.size(); i++) {
      Word token = tokens.get(i);
      if (Quotes.mark(token)) {
        quoted = !quoted;
        continue;
      }
      if (quoted || token.punctuation()) {
        continue;
      }
      Kind kind = words.get(token.lower());
      if (kind == null) {
        if (regularPast(tokens, i)) {
          return new Main(Tense.PAST, i);
        }
        continue;
      }
      Tense found =
          switch (kind) {
            case MODAL, PLAN -> Tense.PLAN;
            case PERFECT ->
                planAfter(tokens, i)
                    ? Tense.PLAN
                    : participleAfter(tokens, i) ? Tense.PERFECT : Tense.PRESENT;
            case PRESENT -> planAfter(tokens, i) ? Tense.PLAN : Tense.PRESENT;
            case PAST -> planAfter(tokens, i) ? Tense.PLAN : Tense.PAST;
            // A participle without its auxiliary ("Founded in 1976, ...") is no finite verb.
            case PARTICIPLE -> null;
          };
      if (found != null) {
        return new Main(found, i);
      }
    }
    return new Main(Tense.NONE, -1);
  }

  /**
   * True if a modal or plan word stands outside quotation marks strictly between tokens {@code
   * from} and {@code to}: what follows it ("... said the phone would ship in June") is a plan.
   */
  boolean planBetween(List<Word> tokens, int from, int to) {
    boolean quoted = false;
    for (int i = 0; i < to && i < tokens.size(); i++) {
      Word token = tokens.get(i);
      if (Quotes.mark(token)) {
        quoted = !quoted;
      } else if (i > from && !quoted && !token.punctuation()) {
        Kind kind = words.get(token.lower());
        if (kind == Kind.MODAL || kind == Kind.PLAN) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean regularPast(List<Word> tokens, int i) {
    Word token = tokens.get(i);
    String lower = token.lower();
    return !token.capitalised()
        && lower.length() >= MIN_REGULAR_PAST
        && lower.endsWith("ed")
        && (i == 0 || !DETERMINERS.contains(tokens.get(i - 1).lower()));
  }

  /** "is expected to", "was set to", "has plans": the auxiliary carries a plan. */
  private boolean planAfter(List<Word> tokens, int i) {
    int next = skipAdverbs(tokens, i + 1);
    if (next >= tokens.size()) {
      return false;
    }
    String lower = tokens.get(next).lower();
    return words.get(lower) == Kind.PLAN
        || (lower.equals("to") && AUXILIARIES.contains(tokens.get(i).lower()));
  }

  private boolean participleAfter(List<Word> tokens, int i) {
    int next = skipAdverbs(tokens, i + 1);
    if (next >= tokens.size() || tokens.get(next).punctuation()) {
      return false;
    }
    Kind kind = words.get(tokens.get(next).lower());
    return kind == Kind.PARTICIPLE
        || kind == Kind.PAST
        || (kind == null && tokens.get(next).lower().endsWith("ed"));
  }

  private static boolean adverb(Word token) {
    String lower = token.lower();
    return ADVERBS.contains(lower)
        || (!token.punctuation()
            && !token.capitalised()
            && lower.length() > 4
            && lower.endsWith("ly"));
  }

  private static int skipAdverbs(List<Word> tokens, int from) {
    int i = from;
    while (i < tokens.size() && adverb(tokens.get(i))) {
      i++;
    }
    return i;
  }
}
