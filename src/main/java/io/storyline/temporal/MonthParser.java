package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Month names: "January 12, 2022", "Jan. 12", "Jan. 9-10", "12 January 2022", "Saturday, April 25",
 * "August 1988", "last June", "mid-November", "June last year". Ambiguous names ("May", "March")
 * need a day, a year or a cue next to them.
 */
final class MonthParser implements Parser {
  private final TemporalLexicon lex;
  private final Phrases phrases;

  MonthParser(TemporalLexicon lex, Phrases phrases) {
    this.lex = lex;
    this.phrases = phrases;
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    String name = t.at(i);
    int month = lex.months.get(name);
    boolean abbreviation =
        name.length() <= 4 && !name.equals("june") && !name.equals("july") && !name.equals("may");
    if (!t.capitalised(i) || (abbreviation && name.length() < 3)) {
      return;
    }
    int last = i;
    if (abbreviation && t.at(i + 1).equals(".") && t.glued(i)) {
      last = i + 1;
    } else if (abbreviation && name.length() <= 3 && !t.isNumber(i + 1)) {
      return; // "Mar", "Dec" alone are too often names or acronyms
    }
    int day = Reading.UNSET;
    int year = Reading.UNSET;
    int first = i;
    String rule = "month";
    int d = last + 1;
    if (t.isNumber(d)
        && t.digits(d) <= 2
        && t.number(d) >= 1
        && t.number(d) <= 31
        && !(t.at(d + 1).equals(":") && t.glued(d) && t.isNumber(d + 2))) {
      day = t.number(d);
      last = d;
      if (t.glued(d) && isOrdinalSuffix(t.at(d + 1))) {
        last = d + 1;
      }
      rule = "month-day";
      int r =
          last + 1; // "Jan. 9-10": a day range merges into one expression anchored at its first day
      if (t.at(r).equals("-")
          && t.isNumber(r + 1)
          && t.digits(r + 1) <= 2
          && t.number(r + 1) > day
          && t.number(r + 1) <= 31) {
        last = r + 1;
        rule = "month-day-range";
      }
    } else if (t.isNumber(i - 1)
        && t.digits(i - 1) <= 2
        && t.number(i - 1) >= 1
        && t.number(i - 1) <= 31) {
      day = t.number(i - 1);
      first = i - 1;
      rule = "day-month";
    } else if (t.at(i - 1).equals("of")
        && isOrdinalSuffix(t.at(i - 2))
        && t.isNumber(i - 3)
        && t.number(i - 3) >= 1
        && t.number(i - 3) <= 31) {
      day = t.number(i - 3);
      first = Phrases.withThe(t, i - 3);
      rule = "ordinal-of-month";
    }
    int y = last + 1;
    if (t.at(y).equals(",") && isYear(t, y + 1) && day != Reading.UNSET) {
      y++;
    }
    if (isYear(t, y)) {
      year = t.number(y);
      last = y;
      rule += "-year";
    }
    int shift = Reading.UNSET;
    if (day == Reading.UNSET && year == Reading.UNSET) {
      shift = shiftBefore(t, first);
      if (shift != Reading.UNSET) {
        first--;
      } else if (lex.ambiguousMonths.contains(name)
          && !lex.monthCues.contains(t.at(first - 1))
          && !(t.at(first - 1).equals("-") && t.at(first - 2).equals("mid"))) {
        return;
      }
      int yearShift = yearShiftAfter(t, last);
      if (yearShift != Reading.UNSET) {
        shift = Reading.YEAR_SHIFT + yearShift;
        last += 2;
        rule = "month-relative-year";
      }
    }
    if (day == Reading.UNSET) {
      first = phrases.pointStart(t, first);
    } else if (t.at(first - 1).equals(",")
        && lex.weekdays.containsKey(t.at(first - 2))
        && t.capitalised(first - 2)) {
      first -= 2; // "Saturday, April 25"
    } else if (lex.weekdays.containsKey(t.at(first - 1)) && t.capitalised(first - 1)) {
      first -= 1; // "Friday Oct. 13"
    }
    if (day == Reading.UNSET
        && year == Reading.UNSET
        && (t.at(first - 1).equals("each") || t.at(first - 1).equals("every"))) {
      out.add(
          new Candidate(
              first - 1,
              last,
              Reading.literal(
                  TemporalType.SET, String.format(java.util.Locale.ROOT, "XXXX-%02d", month)),
              "month-set"));
      return;
    }
    Reading reading =
        day == Reading.UNSET
            ? Reading.calendar(Grain.MONTH, year, month, Reading.UNSET, Reading.UNSET)
            : Reading.calendar(Grain.DAY, year, month, day, Reading.UNSET);
    out.add(
        new Candidate(
            first, last, shift == Reading.UNSET ? reading : reading.withShift(shift), rule));
  }

  /**
   * "last June" = -1, "this June" = 0, "next June" = +1; "final" only without a determiner (spun
   * copies).
   */
  private int shiftBefore(Tokens t, int first) {
    String w = t.at(first - 1);
    Integer shift = lex.shifts.get(w);
    if (shift == null
        || w.equals("past")
        || w.equals("current")
        || w.equals("coming")
        || w.equals("upcoming")) {
      return Reading.UNSET;
    }
    if (w.equals("final") && (t.at(first - 2).equals("the") || t.at(first - 2).equals("its"))) {
      return Reading.UNSET;
    }
    return shift;
  }

  /** "June last year" = -1, "January this year" = 0, "March next year" = +1. */
  private int yearShiftAfter(Tokens t, int last) {
    Integer shift = lex.shifts.get(t.at(last + 1));
    if (shift != null && t.at(last + 2).equals("year") && !t.at(last + 1).equals("final")) {
      return shift;
    }
    return Reading.UNSET;
  }

  static boolean isOrdinalSuffix(String w) {
    return w.equals("th") || w.equals("st") || w.equals("nd") || w.equals("rd");
  }

  /** A four-digit year 1000-2199 that is not part of a longer number ("1,990", "1990.5"). */
  static boolean isYear(Tokens t, int i) {
    if (t.digits(i) != 4 || t.number(i) < 1000 || t.number(i) > 2199) {
      return false;
    }
    return !(t.glued(i)
        && (t.at(i + 1).equals(",") || t.at(i + 1).equals("."))
        && t.isNumber(i + 2)
        && t.glued(i + 1));
  }
}
