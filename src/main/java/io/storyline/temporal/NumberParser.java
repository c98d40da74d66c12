package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Dates written with digits: "2022-01-10", "1/12/2022", years ("in 2014", "the 1990 treaty",
 * "fiscal 1989"), decades ("the 1990s", "the '90s"), centuries ("the 20th century") and "the 12th".
 * Numbers that are quantities ("2014 people", "about 1990 troops", "1,990", phone numbers) are not
 * years.
 */
final class NumberParser implements Parser {

  private final TemporalLexicon lex;
  private final Phrases phrases;

  NumberParser(TemporalLexicon lex, Phrases phrases) {
    this.lex = lex;
    this.phrases = phrases;
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    if (t.glued(i - 1) && t.glued(i - 2) && t.isNumber(i - 2) && !t.at(i - 1).equals("'")) {
      return; // inside "100,000", "2.5", "555-2014", "10:30"
    }
    if (iso(t, i, out) || slashed(t, i, out)) {
      return;
    }
    int n = t.number(i);
    if (t.digits(i) == 1
        && t.glued(i - 1)
        && (t.at(i - 1).equals("q") || t.at(i - 1).equals("h"))
        && t.capitalised(i - 1)
        && n >= 1
        && n <= (t.at(i - 1).equals("q") ? 4 : 2)
        && !t.glued(i)) {
      shortQuarter(t, i, n, out);
      return;
    }
    if (t.digits(i) == 4 && n >= 1000 && n <= 2199) {
      year(t, i, n, out);
    } else if (t.at(i - 1).equals("'")
        && t.digits(i) == 2
        && t.glued(i)
        && t.at(i + 1).equals("s")) {
      int decade = n >= 30 ? 1900 + n : 2000 + n; // "the '90s"
      out.add(
          new Candidate(
              Phrases.withThe(t, phrases.pointStart(t, i - 1)),
              i + 1,
              Reading.calendar(Grain.DECADE, decade, Reading.UNSET, Reading.UNSET, Reading.UNSET),
              "decade-short"));
    } else if (t.digits(i) <= 2
        && t.glued(i)
        && MonthParser.isOrdinalSuffix(t.at(i + 1))
        && n >= 1) {
      ordinal(t, i, n, out);
    }
  }

  private void year(Tokens t, int i, int n, List<Candidate> out) {
    if (t.glued(i)
        && (t.at(i + 1).equals(",")
            || t.at(i + 1).equals(".")
            || t.at(i + 1).equals(":")
            || t.at(i + 1).equals("-")
            || t.at(i + 1).equals("/"))
        && t.isNumber(i + 2)
        && t.glued(i + 1)) {
      return; // "1990.5", "2014-15" handled elsewhere or not a year; phone numbers
    }
    if (t.glued(i) && t.at(i + 1).equals("s") && n % 10 == 0) {
      int first = Phrases.withThe(t, phrases.pointStart(t, i));
      out.add(
          new Candidate(
              first,
              i + 1,
              Reading.calendar(Grain.DECADE, n, Reading.UNSET, Reading.UNSET, Reading.UNSET),
              "decade"));
      return;
    }
    if (t.glued(i) && (t.isWord(i + 1) || t.at(i + 1).equals("%"))) {
      return; // "2014th", "1990mm", "2014%"
    }
    String before = t.at(i - 1);
    String after = t.at(i + 1);
    boolean cue =
        lex.yearCues.contains(before) || (t.at(i - 1).equals("-") && t.at(i - 2).equals("mid"));
    if (lex.countCues.contains(before) && !(before.equals("than") && n >= 1900)) {
      return;
    }
    boolean time =
        before.equals("in")
            || before.equals("since")
            || before.equals("during")
            || before.equals("until")
            || before.equals("before")
            || before.equals("after");
    if (lex.countNouns.contains(after) && !(time && n >= 1900 && n <= 2100)
        || after.equals("%")
        || (after.equals("-") && t.at(i + 2).equals("strong"))) {
      return;
    }
    if (!cue && (n < 1800 || n > 2100 || Phrases.titleCase(t, i - 1) && !eventName(t, i - 1))) {
      return; // a bare "1200" is more likely a count than a year; "Windows 2000", "Euro 2020" are
      // names
    }
    int first = i;
    int last = i;
    if (before.equals("fiscal") || before.equals("calendar")) {
      first = i - 1;
    } else if (before.equals("the") && (after.equals("period") || after.equals("quarter"))) {
      first = i - 1; // "the 1988 period": the reporting period of that year
      last = i + 1;
    }
    first = phrases.pointStart(t, first);
    out.add(
        new Candidate(
            first,
            last,
            Reading.calendar(Grain.YEAR, n, Reading.UNSET, Reading.UNSET, Reading.UNSET),
            first < i ? "year-modified" : "year"));
  }

  /**
   * "Conference 2010", "WWDC 2005": an event named with its year still dates it, unlike a product
   * ("Windows 2000") or a company ("Orion 1980").
   */
  private boolean eventName(Tokens t, int i) {
    if (lex.eventNames.contains(t.at(i))) {
      return true;
    }
    int length = t.end[i] - t.start[i];
    if (length < 3) {
      return false;
    }
    for (int k = t.start[i]; k < t.end[i]; k++) {
      if (!Character.isUpperCase(t.text.charAt(k))) {
        return false;
      }
    }
    return true; // an acronym: conferences and fairs ("CES 2008") far more often than products
  }

  /** "Q3", "Q4 2021", "2021 Q4", "H1": quarters and halves as business news abbreviates them. */
  private static void shortQuarter(Tokens t, int i, int n, List<Candidate> out) {
    int first = i - 1;
    int last = i;
    int year = Reading.UNSET;
    if (MonthParser.isYear(t, i + 1)) {
      year = t.number(i + 1);
      last = i + 1;
    } else if (MonthParser.isYear(t, i - 2)) {
      year = t.number(i - 2);
      first = i - 2;
    }
    Grain grain = t.at(i - 1).equals("q") ? Grain.QUARTER : Grain.HALF;
    out.add(
        new Candidate(
            first,
            last,
            Reading.calendar(grain, year, Reading.UNSET, Reading.UNSET, n),
            "quarter-short"));
  }

  /** "the 20th century", "the 12th" (a day of the current or last mentioned month). */
  private void ordinal(Tokens t, int i, int n, List<Candidate> out) {
    String next = t.at(i + 2);
    if ((next.equals("century") || next.equals("centuries")) && n <= 30) {
      out.add(
          new Candidate(
              Phrases.withThe(t, phrases.pointStart(t, i)),
              i + 2,
              Reading.calendar(
                  Grain.CENTURY, (n - 1) * 100, Reading.UNSET, Reading.UNSET, Reading.UNSET),
              "century"));
    } else if (n <= 31
        && t.at(i - 1).equals("the")
        && (t.at(i - 2).equals("on") || lex.monthCues.contains(t.at(i - 2)))
        && !t.isWord(i + 2)
        && !t.isNumber(i + 2)) {
      // "on the 12th", "by the 15th." (a day of the month being talked about); "the 5th Fleet" is a
      // name
      out.add(
          new Candidate(
              i - 1,
              i + 1,
              Reading.calendar(Grain.DAY, Reading.UNSET, Reading.UNSET, n, Reading.UNSET),
              "day-ordinal"));
    }
  }

  /** "2022-01-10" (optionally "T15:00"). */
  private static boolean iso(Tokens t, int i, List<Candidate> out) {
    if (t.digits(i) == 4
        && t.at(i + 1).equals("-")
        && t.glued(i)
        && t.glued(i + 1)
        && t.digits(i + 2) == 2
        && t.glued(i + 2)
        && t.at(i + 3).equals("-")
        && t.glued(i + 3)
        && t.digits(i + 4) == 2) {
      int m = t.number(i + 2);
      int d = t.number(i + 4);
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && !(t.glued(i + 4) && t.isNumber(i + 6))) {
        out.add(
            new Candidate(
                i,
                i + 4,
                Reading.calendar(Grain.DAY, t.number(i), m, d, Reading.UNSET),
                "iso-date"));
      }
      return true;
    }
    return false;
  }

  /** "1/12/2022" and "1/12/22", read month first as US news does. */
  private static boolean slashed(Tokens t, int i, List<Candidate> out) {
    if (t.digits(i) <= 2
        && t.at(i + 1).equals("/")
        && t.glued(i)
        && t.glued(i + 1)
        && t.digits(i + 2) <= 2
        && t.glued(i + 2)
        && t.at(i + 3).equals("/")
        && t.glued(i + 3)
        && (t.digits(i + 4) == 4 || t.digits(i + 4) == 2)) {
      int m = t.number(i);
      int d = t.number(i + 2);
      int y = t.number(i + 4);
      if (t.digits(i + 4) == 2) {
        y += y >= 30 ? 1900 : 2000;
      }
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && !(t.glued(i + 4) && t.at(i + 5).equals("/"))) {
        out.add(
            new Candidate(
                i, i + 4, Reading.calendar(Grain.DAY, y, m, d, Reading.UNSET), "slashed-date"));
      }
      return true;
    }
    return false;
  }
}
