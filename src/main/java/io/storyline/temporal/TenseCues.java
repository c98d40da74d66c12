package io.storyline.temporal;

import java.util.Set;

/**
 * Whether the words around an expression talk about the past or the future (HeidelTime's tense check), read
 * from the nearest cue word: first backwards in the sentence ("Blinken said on Sunday"), then forwards
 * ("meet on Monday ahead of ..."). Past participles and simple past forms ending in -ed count as past.
 */
final class TenseCues {
  enum Lean {
    PAST,
    FUTURE,
    NONE
  }

  /** Words ending in -ed that are not past tense, or that modify rather than narrate. */
  private static final Set<String> NOT_PAST =
      Set.of("need", "indeed", "united", "speed", "proceed", "exceed", "succeed", "feed", "seed", "weed", "red",
          "bed", "based", "related", "limited", "unprecedented", "armed", "advanced", "concerned", "so-called",
          "called", "detailed", "renewed", "supposed", "interested", "alleged", "embattled", "elected");
  private static final int WINDOW = 16;

  private final TemporalLexicon lex;

  TenseCues(TemporalLexicon lex) {
    this.lex = lex;
  }

  Lean around(Tokens t, int first, int last) {
    int sentence = t.sentence[first];
    for (int i = first - 1; i >= 0 && i >= first - WINDOW && t.sentence[i] == sentence; i--) {
      Lean lean = cue(t, i);
      if (lean != Lean.NONE) {
        return lean;
      }
    }
    for (int i = last + 1; i < t.size && i <= last + WINDOW && t.sentence[i] == sentence; i++) {
      Lean lean = cue(t, i);
      if (lean != Lean.NONE) {
        return lean;
      }
    }
    return Lean.NONE;
  }

  private Lean cue(Tokens t, int i) {
    if (t.kind[i] != Tokens.WORD) {
      return Lean.NONE;
    }
    String w = t.lower[i];
    if (w.equals("ll") && t.at(i - 1).equals("'")) {
      return Lean.FUTURE;
    }
    Boolean future = lex.futureCue.get(w);
    if (future != null) {
      if ((w.equals("set") || w.equals("going") || w.equals("due")) && !t.at(i + 1).equals("to")) {
        return Lean.NONE;
      }
      if (w.equals("next") || w.equals("ago")) {
        return Lean.NONE; // they shift their own expression; the verb decides for the others
      }
      return future ? Lean.FUTURE : Lean.PAST;
    }
    if (w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w) && !t.capitalised(i)) {
      return Lean.PAST;
    }
    return Lean.NONE;
  }
}
