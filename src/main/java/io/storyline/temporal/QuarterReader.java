package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Quarters and halves: "[the] [1988] [fiscal] third[-]quarter [of 1989]", "third-quarter" (no
 * article when used as an adjective), "the first half", "the quarter", "the latest quarter", "the
 * latest period".
 */
final class QuarterReader {
  private final TemporalLexicon lex;

  QuarterReader(TemporalLexicon lex) {
    this.lex = lex;
  }

  boolean read(Tokens t, int i, List<Candidate> out) {
    int j = i - 1;
    boolean hyphen = false;
    if (t.at(j).equals("-") && t.glued(j)) {
      j--;
      hyphen = true;
    }
    if (t.at(j).equals("fiscal")) {
      j--;
    }
    Integer ordinal = lex.ordinals.get(t.at(j));
    boolean half = t.at(i).equals("half");
    boolean ofYear = t.at(i + 1).equals("of") && MonthParser.isYear(t, i + 2);
    if (t.at(j).equals("last") && !hyphen && t.at(j - 1).equals("the") && ofYear) {
      ordinal = half ? 2 : 4; // "the last half of 1989", "the last quarter of 2006"
    }
    if (ordinal == null || ordinal > (half ? 2 : 4) || t.at(i).equals("period")) {
      return anaphoric(t, i, out);
    }
    int first = j;
    if (t.at(first - 1).equals("-") && t.at(first - 2).equals("fiscal")) {
      first -= 2;
    } else if (t.at(first - 1).equals("fiscal")) {
      first--;
    }
    int year = Reading.UNSET;
    int yearShift = Reading.UNSET;
    if (MonthParser.isYear(t, first - 1)) {
      year = t.number(first - 1);
      first--;
    } else if (t.at(first - 1).equals("s")
        && t.at(first - 2).equals("'")
        && t.at(first - 3).equals("year")
        && lex.shifts.containsKey(t.at(first - 4))) {
      yearShift =
          Reading.YEAR_SHIFT + lex.shifts.get(t.at(first - 4)); // "this year's third quarter"
      first -= 4;
      hyphen = false;
    }
    int last = i;
    if (t.at(i + 1).equals("of") && MonthParser.isYear(t, i + 2)) {
      year = t.number(i + 2);
      last = i + 2;
    }
    if (!hyphen || year != Reading.UNSET) {
      first = Phrases.withThe(t, first);
    }
    Grain grain = half ? Grain.HALF : Grain.QUARTER;
    Reading r = Reading.calendar(grain, year, Reading.UNSET, Reading.UNSET, ordinal);
    out.add(
        new Candidate(
            first,
            last,
            yearShift == Reading.UNSET ? r : r.withShift(yearShift),
            "ordinal-quarter"));
    return true;
  }

  /** "the quarter", "the latest quarter", "the latest period": the quarter being reported on. */
  private boolean anaphoric(Tokens t, int i, List<Candidate> out) {
    String before = t.at(i - 1);
    boolean period = t.at(i).equals("period");
    boolean lastQuarter =
        t.at(i).equals("quarter")
            && before.equals("last")
            && t.at(i - 2).equals("the")
            && !t.isWord(i + 1)
            && !t.at(i + 1).equals("-"); // not "the last quarter century", "the last quarter-mile"
    if (before.equals("latest") || lastQuarter) {
      // the most recently completed quarter, whatever quarter the text named last
      out.add(
          new Candidate(
              Phrases.withThe(t, i - 1), i, Reading.deictic(Grain.QUARTER, -1), "quarter-latest"));
      return true;
    }
    if (!period
        && (before.equals("the") || before.equals("that"))
        && !t.at(i + 1).equals("of")
        && !t.at(i + 1).equals("-")) {
      out.add(
          new Candidate(
              Phrases.withThe(t, i - 1),
              i,
              Reading.anchored(Grain.QUARTER, 0),
              "quarter-anaphoric"));
      return true;
    }
    return false;
  }
}
