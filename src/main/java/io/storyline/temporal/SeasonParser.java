package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Seasons and fixed holidays: "last summer", "this fall", "the summer of 1990", "summer 2021", "in
 * the spring", "Christmas". "fall" the verb and "the fall of the Berlin Wall" are not seasons.
 */
final class SeasonParser implements Parser {
  private final TemporalLexicon lex;
  private final Phrases phrases;

  SeasonParser(TemporalLexicon lex, Phrases phrases) {
    this.lex = lex;
    this.phrases = phrases;
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    String word = t.at(i);
    String holiday = lex.holidays.get(word);
    if (holiday != null) {
      if (t.capitalised(i) && !t.at(i + 1).equals("tree") && !t.at(i + 1).equals("trees")) {
        int m = Integer.parseInt(holiday.substring(0, 2));
        int d = Integer.parseInt(holiday.substring(3));
        out.add(
            new Candidate(
                i, i, Reading.calendar(Grain.DAY, Reading.UNSET, m, d, Reading.UNSET), "holiday"));
      }
      return;
    }
    TemporalLexicon.Season season = lex.seasons.get(word);
    String before = t.at(i - 1);
    if (Phrases.titleCase(t, i)
        || !lex.seasonCues.contains(before) && !MonthParser.isYear(t, i + 1)) {
      return;
    }
    if (word.equals("fall")
        && (before.equals("the") && t.at(i + 1).equals("of") && !MonthParser.isYear(t, i + 2)
            || !before.equals("the")
                && !lex.shifts.containsKey(before)
                && !MonthParser.isYear(t, i + 1))) {
      return; // "the fall of the regime", "prices fall"
    }
    int first = i;
    int last = i;
    int year = Reading.UNSET;
    int shift = Reading.UNSET;
    Integer s = lex.shifts.get(before);
    if (s != null
        && !before.equals("current")
        && !before.equals("coming")
        && !before.equals("final")) {
      shift = before.equals("past") ? -1 : s;
      first = Phrases.withThe(t, i - 1);
      if (before.equals("past") && t.at(first - 1).equals("this")) {
        first--; // "this past spring"
      }
    } else if (before.equals("the")) {
      first = i - 1;
    }
    if (MonthParser.isYear(t, i + 1)) {
      year = t.number(i + 1);
      last = i + 1;
    } else if (t.at(i + 1).equals("of") && MonthParser.isYear(t, i + 2)) {
      year = t.number(i + 2);
      last = i + 2;
    }
    first = phrases.pointStart(t, first);
    if (first < i && !t.at(first).equals("the") && t.at(first - 1).equals("the")) {
      first--; // "the early summer"
    }
    Reading r = Reading.calendar(Grain.SEASON, year, Reading.UNSET, Reading.UNSET, season.index());
    out.add(new Candidate(first, last, shift == Reading.UNSET ? r : r.withShift(shift), "season"));
  }
}
