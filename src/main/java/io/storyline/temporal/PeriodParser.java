package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Named periods of a unit: "last month", "this week", "the coming week", "earlier this year", "the
 * following day", "that year", "the full year", "year-end", quarters and halves ("the third
 * quarter", "third-quarter", "the fiscal first quarter", "the 1988 third quarter", "the first
 * half"), "the quarter", "the latest period", "year-earlier", "the weekend", "recent years", "these
 * days".
 */
final class PeriodParser implements Parser {
  private final TemporalLexicon lex;
  private final Phrases phrases;
  private final QuarterReader quarters;

  PeriodParser(TemporalLexicon lex, Phrases phrases) {
    this.lex = lex;
    this.phrases = phrases;
    this.quarters = new QuarterReader(lex);
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    String word = t.at(i);
    if (Phrases.titleCase(t, i) && Phrases.titleCase(t, i - 1)) {
      return; // "This Week" (a programme), "Person of the Year"
    }
    if (word.equals("half") || word.equals("quarter") || word.equals("period")) {
      if (quarters.read(t, i, out)) {
        return;
      }
    }
    if (word.equals("period")) {
      return;
    }
    TemporalLexicon.Unit unit = lex.units.get(word);
    if (unit == null
        || unit.grain().equals("H")
        || unit.grain().equals("N")
        || unit.grain().equals("S")) {
      return;
    }
    if (word.equals("year") && yearEnd(t, i, out)) {
      return;
    }
    String before = t.at(i - 1);
    if (word.endsWith("s")) {
      plural(t, i, before, out);
      return;
    }
    Grain grain = unit.grain().equals("WE") ? Grain.WEEKEND : DurationParser.grain(unit);
    int at =
        before.equals("fiscal") || before.equals("full") || before.equals("calendar") ? i - 1 : i;
    before = t.at(at - 1);
    Integer shift = before.equals("latest") ? Integer.valueOf(-1) : lex.shifts.get(before);
    if (before.equals("following")
        || before.equals("previous")
        || before.equals("that")
        || before.equals("next") && t.at(at - 2).equals("the")) {
      int s = before.equals("previous") ? -1 : before.equals("that") ? 0 : 1;
      out.add(
          new Candidate(
              Phrases.withThe(t, at - 1), i, Reading.anchored(grain, s), "period-anchored"));
    } else if (shift != null) {
      if (before.equals("final") && (t.at(at - 2).equals("the") || t.at(at - 2).equals("its"))
          || before.equals("last") && t.at(at - 2).equals("the") && grain != Grain.DECADE) {
        return; // "the final month of talks", "the last day of the summit" are not the day before
        // today
      }
      int first = Phrases.withThe(t, at - 1);
      if (t.at(first - 1).equals("this") && (before.equals("past") || before.equals("coming"))) {
        first--; // "this past week"
      }
      first = phrases.pointStart(t, first);
      out.add(new Candidate(first, i, Reading.deictic(grain, shift), "period-shifted"));
    } else if (grain == Grain.WEEKEND && (before.equals("the") || before.equals("a"))) {
      out.add(new Candidate(i - 1, i, Reading.deictic(grain, 0), "weekend"));
    } else if (before.equals("the")
        && grain == Grain.YEAR
        && (t.at(at - 2).equals("for")
            || t.at(at - 2).equals("of")
            || t.at(i + 1).equals("ended")
            || t.at(i + 1).equals("ending"))) {
      // "for the year ended Sept. 30" is a twelve-month span; "for the year" / "of the year" the
      // current one
      boolean span = t.at(i + 1).equals("ended") || t.at(i + 1).equals("ending");
      Reading r = span ? DurationParser.duration(1, unit) : Reading.deictic(grain, 0);
      out.add(new Candidate(phrases.pointStart(t, at - 1), i, r, "period-the-year"));
    } else if (before.equals("the") && (at < i || phrases.pointStart(t, at - 1) < at - 1)) {
      // "the full year", "the fiscal year", "the end of the month", "earlier in the year"
      boolean span =
          t.at(i + 1).equals("ended") || t.at(i + 1).equals("ending") || t.at(i + 1).equals("ends");
      int first = phrases.pointStart(t, at - 1);
      Reading r = span ? DurationParser.duration(1, unit) : Reading.deictic(grain, 0);
      out.add(new Candidate(first, i, r, "period-the"));
    }
  }

  /**
   * "recent years", "the coming days", "the past weeks" (vague), "these days", "the weeks ahead".
   */
  private void plural(Tokens t, int i, String before, List<Candidate> out) {
    if (before.equals("recent")
        || before.equals("coming")
        || before.equals("future")
        || before.equals("past") && !t.at(i - 2).equals("the")
        || before.equals("last") && t.at(i - 2).equals("the")) {
      String value = before.equals("coming") || before.equals("future") ? "FUTURE_REF" : "PAST_REF";
      out.add(
          new Candidate(
              Phrases.withThe(t, i - 1),
              i,
              Reading.literal(TemporalType.DATE, value),
              "period-vague"));
    } else if (before.equals("these") && t.at(i).equals("days")) {
      out.add(
          new Candidate(i - 1, i, Reading.literal(TemporalType.DATE, "PRESENT_REF"), "these-days"));
    } else if (before.equals("the") && t.at(i - 2).equals("over") && !t.at(i + 1).equals("of")) {
      out.add(
          new Candidate(
              i - 1, i, DurationParser.duration(-1, lex.units.get(t.at(i))), "over-the-years"));
    } else if (before.equals("the") && t.at(i + 1).equals("ahead")) {
      TemporalLexicon.Unit unit = lex.units.get(t.at(i));
      out.add(new Candidate(i - 1, i + 1, DurationParser.duration(-1, unit), "period-ahead"));
    }
  }

  /**
   * "year-end", "year end", "year's end" (by the end of the current year), and "year-ago",
   * "year-earlier".
   */
  private boolean yearEnd(Tokens t, int i, List<Candidate> out) {
    int k = t.at(i + 1).equals("-") && t.glued(i) ? i + 2 : i + 1;
    if (t.at(i + 1).equals("'") && t.at(i + 2).equals("s")) {
      k = i + 3;
    }
    String next = t.at(k);
    if (next.equals("end") && !t.at(i - 1).equals("fiscal")) {
      int first = t.at(i - 1).equals("around") || t.at(i - 1).equals("the") ? i - 1 : i;
      out.add(new Candidate(first, k, Reading.deictic(Grain.YEAR, 0), "year-end"));
      return true;
    }
    if (k == i + 2 && (next.equals("ago") || next.equals("earlier"))) {
      int end = k + 1;
      if (lex.ordinals.containsKey(t.at(end)) || lex.numbers.containsKey(t.at(end))) {
        end++; // "the year-ago third quarter", "the year-earlier nine months"
      }
      String noun = t.at(end);
      boolean period = noun.equals("quarter") || noun.equals("period") || noun.equals("months");
      int first = period ? Phrases.withThe(t, i) : i;
      if (period
          && (t.at(first - 1).equals("comparable") || t.at(first - 1).equals("corresponding"))) {
        first = Phrases.withThe(t, first - 1);
      }
      out.add(new Candidate(first, period ? end : k, Reading.deictic(Grain.YEAR, -1), "year-ago"));
      return true;
    }
    return false;
  }
}
