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
  /** Backwards the whole clause chain counts ("talks set to continue on Wednesday ... and in Vienna on Thursday"). */
  private static final int BACK_WINDOW = 60;

  private final TemporalLexicon lex;

  TenseCues(TemporalLexicon lex) {
    this.lex = lex;
  }

  Lean around(Tokens t, int first, int last) {
    if (t.at(first - 1).equals("since")) {
      return Lean.PAST; // "since March" looks back whatever the verb says
    }
    int sentence = t.sentence[first];
    for (int i = first - 1; i >= 0 && i >= first - BACK_WINDOW && t.sentence[i] == sentence; i--) {
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
      String aux = t.at(t.at(i - 1).endsWith("ly") ? i - 2 : i - 1);
      // "can be avoided", "to be signed": a participle after a modal or "to" says nothing about the past
      return aux.equals("be") || aux.equals("to") || aux.equals("being") ? Lean.NONE : Lean.PAST;
    }
    return Lean.NONE;
  }
}
