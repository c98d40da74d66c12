package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Years and decades in words, as broadcast transcripts write them: "nineteen ninety-six", "January
 * nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two thousand", "the
 * nineties".
 */
final class SpokenYearParser implements Parser {
  private final TemporalLexicon lex;
  private final Phrases phrases;

  SpokenYearParser(TemporalLexicon lex, Phrases phrases) {
    this.lex = lex;
    this.phrases = phrases;
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    String word = t.at(i);
    if (word.endsWith("ies")) {
      decade(t, i, out);
      return;
    }
    int year;
    int last;
    if (word.equals("thousand")) {
      if (!t.at(i - 1).equals("two") || !t.at(i - 2).equals("year")) {
        return;
      }
      year = 2000;
      last = i;
      i--;
    } else {
      Integer tens = lex.numbers.get(t.at(i + 1));
      if (tens == null || tens < 10 || tens > 99 || (tens >= 20 && tens % 10 != 0)) {
        return;
      }
      year = 1900 + tens;
      last = i + 1;
      Integer unit = lex.numbers.get(t.at(i + 3));
      if (tens >= 20
          && t.at(i + 2).equals("-")
          && t.glued(i + 1)
          && unit != null
          && unit > 0
          && unit < 10) {
        year += unit;
        last = i + 3;
      }
    }
    int first = i;
    Reading reading =
        Reading.calendar(Grain.YEAR, year, Reading.UNSET, Reading.UNSET, Reading.UNSET);
    Integer month = lex.months.get(t.at(first - 1));
    TemporalLexicon.Season season = lex.seasons.get(t.at(first - 2));
    if (t.at(first - 1).equals("year") && t.at(first - 2).equals("the")) {
      first -= 2;
    } else if (month != null && t.capitalised(first - 1)) {
      first--;
      reading = Reading.calendar(Grain.MONTH, year, month, Reading.UNSET, Reading.UNSET);
    } else if (season != null && t.at(first - 1).equals("of")) {
      first = Phrases.withThe(t, first - 2);
      reading = Reading.calendar(Grain.SEASON, year, Reading.UNSET, Reading.UNSET, season.index());
    }
    out.add(new Candidate(phrases.pointStart(t, first), last, reading, "spoken-year"));
  }

  /** "the nineties", "the early eighties". */
  private void decade(Tokens t, int i, List<Candidate> out) {
    String stem = t.at(i).substring(0, t.at(i).length() - 3) + "y";
    Integer tens = lex.numbers.get(stem);
    int first = phrases.pointStart(t, i);
    if (tens == null || tens < 20 || !t.at(first - 1).equals("the")) {
      return;
    }
    out.add(
        new Candidate(
            first - 1,
            i,
            Reading.calendar(
                Grain.DECADE, 1900 + tens, Reading.UNSET, Reading.UNSET, Reading.UNSET),
            "spoken-decade"));
  }
}
