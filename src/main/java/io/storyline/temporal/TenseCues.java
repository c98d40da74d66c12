package io.storyline.temporal;

/**
 * Whether the words around an expression talk about the past or the future (HeidelTime's tense
 * check), read from the nearest cue word: first backwards in the sentence ("Blinken said on
 * Sunday"), then forwards ("meet on Monday ahead of ..."). Past participles and simple past forms
 * ending in -ed count as past.
 */
final class TenseCues {
  enum Lean {
    PAST,
    FUTURE,
    NONE
  }

  private static final int WINDOW = 16;

  /**
   * Backwards the whole clause chain counts ("talks set to continue on Wednesday ... and in Vienna
   * on Thursday").
   */
  private static final int BACK_WINDOW = 60;

  private final TemporalLexicon lex;

  TenseCues(TemporalLexicon lex) {
    this.lex = lex;
  }

  /**
   * The cues of one text, indexed once so that each question costs O(1): for every token, the
   * nearest cue at or before it and at or after it in its sentence (-1 when none).
   */
  final class Index {
    private final Tokens t;
    private final Lean[] lean;
    private final int[] previous;
    private final int[] next;

    Index(Tokens t) {
      this.t = t;
      lean = new Lean[t.size];
      previous = new int[t.size];
      next = new int[t.size];
      for (int i = 0; i < t.size; i++) {
        lean[i] = cue(t, i);
        boolean cut = i == 0 || t.sentence[i - 1] != t.sentence[i];
        previous[i] = lean[i] != Lean.NONE ? i : cut ? -1 : previous[i - 1];
      }
      for (int i = t.size - 1; i >= 0; i--) {
        boolean cut = i == t.size - 1 || t.sentence[i + 1] != t.sentence[i];
        next[i] = lean[i] != Lean.NONE ? i : cut ? -1 : next[i + 1];
      }
    }

    /** The nearest cue backwards in the sentence, else forwards, else NONE. */
    Lean around(int first, int last) {
      if (t.at(first - 1).equals("since")) {
        return Lean.PAST; // "since March" looks back whatever the verb says
      }
      if (first > 0 && t.sentence[first - 1] == t.sentence[first]) {
        int p = previous[first - 1];
        if (p >= 0 && first - p <= BACK_WINDOW) {
          return lean[p];
        }
      }
      if (last + 1 < t.size && t.sentence[last + 1] == t.sentence[last]) {
        int n = next[last + 1];
        if (n >= 0 && n - last <= WINDOW) {
          return lean[n];
        }
      }
      return Lean.NONE;
    }
  }

  Index index(Tokens t) {
    return new Index(t);
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
      if ((w.equals("set") || w.equals("going")) && !t.at(i + 1).equals("to")) {
        return Lean.NONE;
      }
      if (w.equals("next") || w.equals("ago")) {
        return Lean.NONE; // they shift their own expression; the verb decides for the others
      }
      if (!future && afterAuxiliary(t, i)) {
        return Lean
            .NONE; // "will be held": a participle after "be" takes its tense from the auxiliary
      }
      return future ? Lean.FUTURE : Lean.PAST;
    }
    if (w.length() >= 5 && w.endsWith("ing") && !t.capitalised(i)) {
      String aux = t.at(i - 1);
      if (aux.equals("are") || aux.equals("is") || aux.equals("am") || aux.equals("re")) {
        return Lean
            .FUTURE; // "officials are meeting on Tuesday": the present progressive plans ahead
      }
    }
    if (w.length() >= 5 && w.endsWith("ed") && !lex.notPast.contains(w) && !t.capitalised(i)) {
      // "can be avoided", "to be signed": a participle after a modal or "to" says nothing about the
      // past
      return afterAuxiliary(t, i) ? Lean.NONE : Lean.PAST;
    }
    return Lean.NONE;
  }

  private static boolean afterAuxiliary(Tokens t, int i) {
    String aux = t.at(t.at(i - 1).endsWith("ly") ? i - 2 : i - 1);
    return aux.equals("be") || aux.equals("to") || aux.equals("being");
  }
}
