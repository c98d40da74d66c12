package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Named periods of a unit: "last month", "this week", "the coming week", "earlier this year", "the following
 * day", quarters and halves ("the third quarter", "third-quarter", "the fiscal first quarter", "the 1988
 * third quarter", "the first half"), "the quarter", "year-earlier", "the weekend", "recent years".
 */
final class PeriodParser implements Parser {
  private final TemporalLexicon lex;
  private final Phrases phrases;

  PeriodParser(TemporalLexicon lex, Phrases phrases) {
    this.lex = lex;
    this.phrases = phrases;
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    String word = t.at(i);
    if (word.equals("half")) {
      ordinalQuarter(t, i, out);
      return;
    }
    TemporalLexicon.Unit unit = lex.units.get(word);
    boolean plural = word.endsWith("s") && !word.equals("centuries") || word.equals("centuries");
    if (Phrases.titleCase(t, i) && Phrases.titleCase(t, i - 1)) {
      return; // "This Week" (a programme), "Person of the Year"
    }
    if (!plural && (unit.grain().equals("Q") || word.equals("half")) && ordinalQuarter(t, i, out)) {
      return;
    }
    if (word.equals("year") && t.glued(i) && t.at(i + 1).equals("-")
        && (t.at(i + 2).equals("ago") || t.at(i + 2).equals("earlier"))) {
      int first = Phrases.withThe(t, i);
      int last = i + 2;
      Grain grain = Grain.YEAR;
      if (t.at(i + 3).equals("quarter") || t.at(i + 3).equals("period")) {
        last = i + 3;
        grain = Grain.QUARTER;
      }
      out.add(new Candidate(first, last, Reading.anchored(grain, grain == Grain.QUARTER ? -4 : -1), "year-ago"));
      return;
    }
    String before = t.at(i - 1);
    if (plural) {
      if (before.equals("recent") || before.equals("coming") || before.equals("past") && !t.at(i - 2).equals("the")) {
        String value = before.equals("coming") ? "FUTURE_REF" : "PAST_REF";
        out.add(new Candidate(Phrases.withThe(t, i - 1), i, Reading.literal(TemporalType.DATE, value), "period-vague"));
      } else if (before.equals("coming") || before.equals("past") || before.equals("last")) {
        String value = before.equals("coming") ? "FUTURE_REF" : "PAST_REF";
        out.add(new Candidate(Phrases.withThe(t, i - 1), i, Reading.literal(TemporalType.DATE, value), "period-vague"));
      }
      return;
    }
    Integer shift = lex.shifts.get(before);
    Grain grain = unit.grain().equals("WE") ? Grain.WEEKEND : DurationParser.grain(unit);
    if (unit.grain().equals("H") || unit.grain().equals("N") || unit.grain().equals("S")) {
      return;
    }
    if (before.equals("following") || before.equals("previous") || before.equals("next") && t.at(i - 2).equals("the")) {
      int first = Phrases.withThe(t, i - 1);
      out.add(new Candidate(first, i, Reading.anchored(grain, before.equals("previous") ? -1 : 1), "period-anchored"));
    } else if (shift != null) {
      if (before.equals("final") && (t.at(i - 2).equals("the") || t.at(i - 2).equals("its"))) {
        return;
      }
      if (before.equals("last") && t.at(i - 2).equals("the") && !grain.equals(Grain.DECADE)) {
        return; // "the last day of talks" is not the day before today
      }
      int first = phrases.pointStart(t, Phrases.withThe(t, i - 1));
      out.add(new Candidate(first, i, Reading.deictic(grain, shift), "period-shifted"));
    } else if (before.equals("the") && (grain == Grain.WEEKEND)) {
      out.add(new Candidate(i - 1, i, Reading.deictic(grain, 0), "weekend"));
    } else if (before.equals("latest") && grain == Grain.QUARTER || before.equals("the") && grain == Grain.QUARTER
        && !t.at(i + 1).equals("of")) {
      out.add(new Candidate(Phrases.withThe(t, i - 1), i, Reading.anchored(Grain.QUARTER, 0), "quarter-anaphoric"));
    } else if (word.equals("year") && t.at(i - 1).equals("the") && t.at(i - 2).equals("of") && phrases.pointStart(t, i - 1) < i - 1) {
      out.add(new Candidate(phrases.pointStart(t, i - 1), i, Reading.deictic(Grain.YEAR, 0), "period-point"));
    }
  }

  /** "[the] [1988] [fiscal] third[-]quarter [of 1989]", "the first half". */
  private boolean ordinalQuarter(Tokens t, int i, List<Candidate> out) {
    int j = i - 1;
    if (t.at(j).equals("-") && t.glued(j)) {
      j--;
    }
    if (t.at(j).equals("fiscal")) {
      j--;
    }
    Integer ordinal = lex.ordinals.get(t.at(j));
    int max = t.at(i).equals("half") ? 2 : 4;
    if (ordinal == null || ordinal > max) {
      return false;
    }
    int first = j;
    if (t.at(first - 1).equals("-") && t.at(first - 2).equals("fiscal")) {
      first -= 2;
    } else if (t.at(first - 1).equals("fiscal")) {
      first--;
    }
    int year = Reading.UNSET;
    if (MonthParser.isYear(t, first - 1)) {
      year = t.number(first - 1);
      first--;
    }
    int last = i;
    if (t.at(i + 1).equals("of") && MonthParser.isYear(t, i + 2)) {
      year = t.number(i + 2);
      last = i + 2;
    }
    first = Phrases.withThe(t, first);
    Grain grain = max == 2 ? Grain.HALF : Grain.QUARTER;
    out.add(new Candidate(first, last, Reading.calendar(grain, year, Reading.UNSET, Reading.UNSET, ordinal), "ordinal-quarter"));
    return true;
  }
}
