package io.storyline.temporal;

/** Small readings shared by the parsers: amounts, modifiers kept in an extent, determiners. */
final class Phrases {
  /** An amount read backwards from a unit word: value (-1 vague) and its first token. */
  record Amount(int value, int first) {}

  final TemporalLexicon lex;

  Phrases(TemporalLexicon lex) {
    this.lex = lex;
  }

  /**
   * The amount ending at token {@code last}: "two", "10", "twenty four", "twenty-five", "a few", "a
   * couple of", "12 to 18" (value of the first). Returns null when there is none
   * (package-internal).
   */
  Amount amountEndingAt(Tokens t, int last) {
    int i = last;
    if (t.at(i).equals("of") && (t.at(i - 1).equals("couple") || t.at(i - 1).equals("dozen"))) {
      i--;
    }
    int value;
    int first;
    if (t.isNumber(i)) {
      if (t.glued(i - 1) && (t.at(i - 1).equals(",") || t.at(i - 1).equals("."))) {
        return null;
      }
      value = t.number(i);
      first = i;
    } else if ((t.at(i).equals("thousand") || t.at(i).equals("hundred"))
        && !t.at(i - 1).equals("a")
        && (t.isNumber(i - 1) || lex.numbers.containsKey(t.at(i - 1)))) {
      Amount base = amountEndingAt(t, i - 1); // "two thousand years", "three hundred years"
      int factor = t.at(i).equals("thousand") ? 1000 : 100;
      return base == null || base.value() <= 0
          ? null
          : new Amount(base.value() * factor, base.first());
    } else if (lex.numbers.containsKey(t.at(i))) {
      value = lex.numbers.get(t.at(i));
      first = i;
      int tens = t.at(i - 1).equals("-") && t.glued(i - 2) ? i - 2 : i - 1;
      Integer ten = lex.numbers.get(t.at(tens));
      if (ten != null && ten >= 20 && ten % 10 == 0 && value > 0 && value < 10) {
        value += ten;
        first = tens;
      }
      String w = t.at(first);
      if ((w.equals("few") || w.equals("couple") || w.equals("dozen") || w.equals("hundred"))
          && t.at(first - 1).equals("a")) {
        first--; // "a few", "a couple of", "a dozen", "a hundred"
      }
    } else {
      return null;
    }
    // "12 to 18 months", "two to three weeks", "four or five minutes": the range keeps its first
    // amount.
    String link = t.at(first - 1);
    if ((link.equals("to") || link.equals("or"))
        && (t.isNumber(first - 2) || lex.numbers.containsKey(t.at(first - 2)))) {
      Amount from = amountEndingAt(t, first - 2);
      if (from != null) {
        return new Amount(from.value(), from.first());
      }
    }
    return new Amount(value, first);
  }

  /**
   * Extends an extent left over approximators: "nearly", "more than", "at least", "up to", "no more
   * than".
   */
  int approxStart(Tokens t, int first) {
    String w = t.at(first - 1);
    if (w.equals("than") || w.equals("least") || (w.equals("to") && t.at(first - 2).equals("up"))) {
      int s = first - 2;
      if (t.at(s).equals("more") && t.at(s - 1).equals("no")) {
        s--;
      }
      return (t.at(first - 2).equals("more")
              || t.at(first - 2).equals("less")
              || t.at(first - 2).equals("at")
              || t.at(first - 2).equals("up")
              || t.at(first - 2).equals("fewer"))
          ? s
          : first;
    }
    if ("APPROX".equals(lex.modifiers.get(w)) && !w.equals("to") && !w.equals("some")) {
      return first - 1;
    }
    return first;
  }

  /**
   * Extends left over "early", "late", "mid-", "earlier", "later", "the end of", "the beginning
   * of".
   */
  int pointStart(Tokens t, int first) {
    String w = t.at(first - 1);
    if (w.equals("-") && t.at(first - 2).equals("mid") && t.glued(first - 2)) {
      return first - 2;
    }
    if (w.equals("early")
        || w.equals("late")
        || w.equals("earlier")
        || w.equals("later")
        || w.equals("mid")
        || w.equals("sometime")) {
      return first - 1;
    }
    if (w.equals("of")
        && "POINT".equals(lex.modifiers.get(t.at(first - 2)))
        && t.at(first - 3).equals("the")) {
      return first - 3;
    }
    String w2 = t.at(first - 2);
    if (w.equals("in")
        && (w2.equals("earlier")
            || w2.equals("later")
            || w2.equals("early")
            || w2.equals("late"))) {
      return first - 2; // "earlier in the year"
    }
    return first;
  }

  /** Token index of a preceding "the" to include, or {@code first}. */
  static int withThe(Tokens t, int first) {
    return t.at(first - 1).equals("the") ? first - 1 : first;
  }

  /**
   * True when the token at i is a capitalised word inside a sentence, i.e. probably part of a name
   * or title.
   */
  static boolean titleCase(Tokens t, int i) {
    return t.capitalised(i) && !t.sentenceInitial(i) && !t.at(i - 1).equals(".");
  }
}
