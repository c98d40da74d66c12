package io.storyline.temporal;

import java.util.List;

/**
 * Weekdays: "Friday", "last Wednesday", "early Tuesday", "Sunday night", "each Thursday", "Tuesday
 * nights". Names of days ("Good Friday", "Super Tuesday") and abbreviations that are words ("Sun",
 * "Wed") do not tag.
 */
final class WeekdayParser implements Parser {
  private final TemporalLexicon lex;

  WeekdayParser(TemporalLexicon lex) {
    this.lex = lex;
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    String name = t.at(i);
    boolean plural = false;
    Integer day = lex.weekdays.get(name);
    if (day == null && name.endsWith("s")) {
      day = lex.weekdays.get(name.substring(0, name.length() - 1));
      plural = day != null && name.length() > 7;
    }
    if (day == null || !t.capitalised(i) || lex.namedDays.contains(t.at(i - 1))) {
      return;
    }
    int last = i;
    if (name.length() < 6) {
      if (!(t.at(i + 1).equals(".") && t.glued(i))) {
        return;
      }
      last = i + 1;
    }
    int first = i;
    String rule = "weekday";
    int shift = Reading.UNSET;
    String before = t.at(i - 1);
    Integer s = lex.shifts.get(before);
    String part = lex.partsOfDay.get(t.at(last + 1));
    if (before.equals("each")
        || before.equals("every")
        || plural
        || t.at(last + 1).equals("nights")) {
      String value = "XXXX-WXX-" + day + (part == null ? "" : "T" + part);
      boolean every = before.equals("each") || before.equals("every");
      out.add(
          new Candidate(
              every ? i - 1 : i,
              part == null ? last : last + 1,
              Reading.literal(TemporalType.SET, value),
              "weekday-set"));
      return;
    }
    if (before.equals("previous") || before.equals("preceding")) {
      shift = Reading.BEFORE_ANCHOR;
      first = Phrases.withThe(t, i - 1);
      rule = "weekday-anchored";
    } else if (s != null
        && !before.equals("past")
        && !before.equals("current")
        && !before.equals("final")
        && !Phrases.titleCase(t, i - 1)) {
      shift = s;
      first = t.at(i - 2).equals("this") && before.equals("coming") ? i - 2 : i - 1;
      rule = "weekday-shifted";
    } else if (before.equals("early")
        || before.equals("late")
        || before.equals("earlier")
        || before.equals("later")) {
      first = i - 1;
    }
    Reading reading = Reading.weekday(day, shift);
    if (part != null) {
      reading = reading.withTime(part, "");
      last++;
      rule += "-part";
    }
    out.add(new Candidate(first, last, reading, rule));
  }
}
