package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Clock times: "3 p.m. EST", "10:30 a.m.", "15:00 GMT", "noon", "midnight"; dated by a refiner or
 * the reference.
 */
final class ClockParser implements Parser {
  private final TemporalLexicon lex;

  ClockParser(TemporalLexicon lex) {
    this.lex = lex;
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    String word = t.at(i);
    if (word.equals("noon") || word.equals("midnight")) {
      String clock = word.equals("noon") ? "12:00" : "24:00";
      out.add(new Candidate(i, i, Reading.deictic(Grain.DAY, 0).withTime("", clock), "clock-word"));
      return;
    }
    int hour = t.number(i);
    if (hour < 0 || hour > 24 || t.digits(i) > 2 || t.glued(i - 1) && !t.at(i - 1).equals("(")) {
      return;
    }
    int minute = 0;
    int last = i;
    boolean colon = false;
    if (t.at(i + 1).equals(":") && t.glued(i) && t.glued(i + 1) && t.digits(i + 2) == 2) {
      minute = t.number(i + 2);
      last = i + 2;
      colon = true;
      if (minute > 59 || t.glued(last) && t.isNumber(last + 2)) {
        return;
      }
    }
    int meridiem = meridiem(t, last + 1);
    if (meridiem < 0 && !colon) {
      return;
    }
    if (meridiem > 0) {
      last += meridiem;
      String m = t.at(i + (colon ? 3 : 1));
      if (hour > 12 || hour == 0) {
        return;
      }
      hour = m.startsWith("p") ? (hour % 12) + 12 : hour % 12;
    }
    if (lex.timeZones.contains(t.at(last + 1)) && t.capitalised(last + 1)) {
      last++;
    }
    int first = t.at(i - 1).equals("about") || t.at(i - 1).equals("around") ? i - 1 : i;
    String clock = (hour < 10 ? "0" : "") + hour + (minute < 10 ? ":0" : ":") + minute;
    out.add(new Candidate(first, last, Reading.deictic(Grain.DAY, 0).withTime("", clock), "clock"));
  }

  /** Tokens taken by "a.m."/"p.m."/"am"/"pm" at j, or -1. */
  private static int meridiem(Tokens t, int j) {
    String w = t.at(j);
    if ((w.equals("a") || w.equals("p"))
        && t.at(j + 1).equals(".")
        && t.at(j + 2).equals("m")
        && t.glued(j)
        && t.glued(j + 1)) {
      return t.at(j + 3).equals(".") && t.glued(j + 2) ? 4 : 3;
    }
    if (w.equals("am") || w.equals("pm")) {
      return 1;
    }
    return -1;
  }
}
