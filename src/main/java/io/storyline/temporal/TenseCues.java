package io.storyline.temporal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** Ahead of a past moment: "said on Sunday that talks would resume", "was due to meet". */
    FUTURE_IN_PAST,
    NONE
  }

  /** The lean that decides an expression, and the token of its cue word (-1 when none). */
  record Cue(Lean lean, int at) {
    static final Cue NONE = new Cue(Lean.NONE, -1);
  }

  private static final int WINDOW = 16;

  /**
   * Backwards the whole clause chain counts ("talks set to continue on Wednesday ... and in Vienna
   * on Thursday").
   */
  private static final int BACK_WINDOW = 60;

  /** What a cue word is; later roles override earlier ones in {@link #roles}. */
  private enum Role {
    PAST,
    FUTURE,
    FUTURE_IN_PAST,
    MODAL,
    INTENT,
    WAS,
    PERFECT,
    LL
  }

  private final TemporalLexicon lex;
  private final Map<String, Role> roles;

  TenseCues(TemporalLexicon lex) {
    this.lex = lex;
    Map<String, Role> map = new HashMap<>();
    lex.futureCue.forEach((w, future) -> map.put(w, future ? Role.FUTURE : Role.PAST));
    lex.futureInPast.forEach(w -> map.put(w, Role.FUTURE_IN_PAST));
    lex.modals.forEach(w -> map.put(w, Role.MODAL));
    lex.intentVerbs.forEach(w -> map.put(w, Role.INTENT));
    for (String w : List.of("was", "were", "wasn", "weren")) {
      map.put(w, Role.WAS);
    }
    for (String w : List.of("has", "have", "ve", "hasn", "haven")) {
      map.put(w, Role.PERFECT);
    }
    map.put("ll", Role.LL);
    roles = map;
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
        lean[i] = leanOf(t, i);
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
      return cue(first, last).lean();
    }

    /** Like {@link #around}, with the cue's position. */
    Cue cue(int first, int last) {
      if (t.at(first - 1).equals("since")) {
        return new Cue(Lean.PAST, first - 1); // "since March" looks back whatever the verb says
      }
      if (first > 0 && t.sentence[first - 1] == t.sentence[first]) {
        int p = previous[first - 1];
        if (p >= 0 && first - p <= BACK_WINDOW) {
          return new Cue(lean[p], p);
        }
      }
      if (last + 1 < t.size && t.sentence[last + 1] == t.sentence[last]) {
        int n = next[last + 1];
        if (n >= 0 && n - last <= WINDOW) {
          return new Cue(lean[n], n);
        }
      }
      return Cue.NONE;
    }
  }

  Index index(Tokens t) {
    return new Index(t);
  }

  private Lean leanOf(Tokens t, int i) {
    if (t.kind[i] != Tokens.WORD) {
      return Lean.NONE;
    }
    String w = t.lower[i];
    Role role = roles.get(w); // one lookup per token: most words are no cue
    if (role == null) {
      return suffixLean(t, i, w);
    }
    boolean perfect =
        t.at(i + 1).equals("have") || t.at(i + 1).equals("'") && t.at(i + 2).equals("ve");
    return switch (role) {
      case FUTURE_IN_PAST ->
          perfect ? Lean.PAST : Lean.FUTURE_IN_PAST; // "would have met" looks back
      case MODAL ->
          t.capitalised(i)
              ? Lean.NONE
              : perfect ? Lean.PAST : Lean.FUTURE; // "talks could resume", "may have met"
      case INTENT ->
          t.at(i + 1).equals("to")
              ? Lean.FUTURE_IN_PAST // "planned to meet on Friday"
              : suffixLean(t, i, w);
      case WAS ->
          t.at(i + 1).equals("to")
              ? Lean.FUTURE_IN_PAST // "the vote was to take place on Friday"
              : Lean.PAST;
      case PERFECT ->
          (!w.equals("ve") || t.at(i - 1).equals("'")) && participle(t.at(verbAfter(t, i)))
              ? Lean.PAST // the present perfect looks back: "prices have come down from October"
              : Lean.NONE;
      case LL -> t.at(i - 1).equals("'") ? Lean.FUTURE : Lean.NONE;
      case PAST, FUTURE ->
          w.equals("won") && negated(t, i) // "won't" is "will not"
              ? Lean.FUTURE
              : listedLean(t, i, w, role == Role.FUTURE);
    };
  }

  /** A word of tense-cues.txt. */
  private Lean listedLean(Tokens t, int i, String w, boolean future) {
    if ((w.equals("set") || w.equals("going")) && !t.at(i + 1).equals("to")) {
      return Lean.NONE;
    }
    int aux = i - 1; // the auxiliary before a verb, past a negation: "did not meet", "won't meet"
    if (t.at(aux).equals("not") || t.at(aux).equals("never")) {
      aux--;
    } else if (t.at(aux).equals("t") && t.at(aux - 1).equals("'")) {
      aux -= 2;
    }
    Role auxiliary = roles.get(t.at(aux)); // "was due to", "has set" are read below
    boolean decides = auxiliary != null && auxiliary != Role.WAS && auxiliary != Role.PERFECT;
    if (future && (t.at(aux).equals("to") || decides)) {
      return Lean.NONE; // "hard to meet demand", "would meet": the auxiliary decides
    }
    if (w.equals("next") || w.equals("ago")) {
      return Lean.NONE; // they shift their own expression; the verb decides for the others
    }
    if (future && t.at(i + 1).equals("to")) {
      String be = t.at(t.at(i - 1).endsWith("ly") ? i - 2 : i - 1);
      if (be.equals("was") || be.equals("were")) {
        return Lean.FUTURE_IN_PAST; // "was due to", "were expected to"
      }
      if (be.equals("been") && t.at(i - 2).equals("had")) {
        return Lean.PAST; // "had been due to expire Friday": the plan and its day are past
      }
    }
    if (!future && afterAuxiliary(t, i)) {
      return Lean
          .NONE; // "will be held": a participle after "be" takes its tense from the auxiliary
    }
    return future ? Lean.FUTURE : Lean.PAST;
  }

  /** Words in -ing after "is"/"are" plan ahead; words in -ed narrate the past. */
  private Lean suffixLean(Tokens t, int i, String w) {
    if (w.length() >= 5 && w.endsWith("ing") && !t.capitalised(i)) {
      String aux = t.at(i - 1);
      if (aux.equals("are") || aux.equals("is") || aux.equals("am") || aux.equals("re")) {
        return Lean
            .FUTURE; // "officials are meeting on Tuesday": the present progressive plans ahead
      }
    }
    if (w.length() >= 5 && w.endsWith("ed") && !lex.notPast.contains(w) && !t.capitalised(i)) {
      if (w.startsWith("un") || lex.determiners.contains(t.at(i - 1))) {
        return Lean.NONE; // "a still unspecified date", "the planned merger": adjectives
      }
      // "can be avoided", "to be signed": a participle after a modal or "to" says nothing about the
      // past
      return afterAuxiliary(t, i) ? Lean.NONE : Lean.PAST;
    }
    return Lean.NONE;
  }

  /** "n't" follows the word at i: "didn't", "won't" (tokens "won", "'", "t"). */
  private static boolean negated(Tokens t, int i) {
    return t.at(i + 1).equals("'") && t.at(i + 2).equals("t") && t.glued(i) && t.glued(i + 1);
  }

  /**
   * The verb after an auxiliary at i, past "n't" and an adverb: "hasn't fallen", "has long been".
   */
  private static int verbAfter(Tokens t, int i) {
    int v = negated(t, i) ? i + 3 : i + 1;
    return t.at(v).endsWith("ly") ? v + 1 : v;
  }

  private boolean participle(String w) {
    return w.length() >= 4 && (w.endsWith("ed") || w.endsWith("en")) && !lex.notPast.contains(w)
        || lex.participles.contains(w);
  }

  private static boolean afterAuxiliary(Tokens t, int i) {
    String aux = t.at(t.at(i - 1).endsWith("ly") ? i - 2 : i - 1);
    return aux.equals("be") || aux.equals("to") || aux.equals("being");
  }
}
