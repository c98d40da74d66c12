package io.storyline.temporal;

import io.storyline.temporal.Phrases.Amount;
import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Amounts of a unit: durations ("two weeks", "the past two decades", "nearly forty years", "a
 * two-year plan", "for years"), offsets ("two weeks ago", "a day earlier", "three days later") and
 * sets ("every week", "$5 million a year").
 */
final class DurationParser implements Parser {
  /** Offsets beyond this many units are not dates a news text means. */
  private static final int MAX_OFFSET = 5000;

  private final TemporalLexicon lex;
  private final Phrases phrases;

  DurationParser(TemporalLexicon lex, Phrases phrases) {
    this.lex = lex;
    this.phrases = phrases;
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    TemporalLexicon.Unit unit = lex.units.get(t.at(i));
    if (unit.grain().equals("WE") || Phrases.titleCase(t, i) && t.capitalised(i - 1)) {
      return;
    }
    int j = i - 1;
    if (t.at(i + 1).equals("-") && t.glued(i) && t.at(i + 2).equals("long") && t.glued(i + 1)) {
      boolean plural = t.at(i).endsWith("s"); // "decades-long" (vague), "year-long"
      out.add(new Candidate(i, i + 2, duration(plural ? -1 : 1, unit), "duration-long"));
      return;
    }
    if (t.at(j).equals("-") && t.glued(j) && t.glued(j - 1)) {
      Amount a = phrases.amountEndingAt(t, j - 1);
      if (a != null && a.value() != 0 && !t.at(i).endsWith("s")) { // "two-year", "several-year"
        int last = i;
        if (t.at(i + 1).equals("-") && t.at(i + 2).equals("old") && t.glued(i)) {
          return; // "a 136-year-old bank": an age
        }
        out.add(
            new Candidate(
                a.first(),
                last,
                duration(a.value() < 0 ? -1 : a.value() * unit.multiple(), unit),
                "duration-adjective"));
      }
      return;
    }
    String word = t.at(j);
    String after = t.at(i + 1);
    int agoAt = i + 1;
    if (after.equals("or") && t.at(i + 2).equals("so") && t.at(i + 3).equals("ago")) {
      after = "ago"; // "a week or so ago"
      agoAt = i + 3;
    }
    boolean offset = after.equals("ago") || after.equals("earlier") || after.equals("later");
    if (word.equals("every")
        || word.equals("each")
        || word.equals("per")
        || (word.equals("a") && lex.rateWords.contains(t.at(j - 1)) && !offset)) {
      if (!t.at(i).endsWith("s")) {
        String letter = unit.letter().length() == 1 ? unit.letter() : "Y";
        String value =
            unit.grain().equals("H") || unit.grain().equals("N") ? "PT1" + letter : "P1" + letter;
        out.add(new Candidate(j, i, Reading.literal(TemporalType.SET, value), "set-unit"));
      }
      return;
    }
    String between = t.at(j);
    if (between.equals("straight")
        || between.equals("consecutive")
        || between.equals("more")
        || between.equals("full")
        || between.equals("additional")) {
      j--; // "three straight weeks", "20 more years"
      word = t.at(j);
    }
    boolean half = // "two and a half years"
        t.at(j).equals("half") && t.at(j - 1).equals("a") && t.at(j - 2).equals("and");
    Amount a = phrases.amountEndingAt(t, half ? j - 3 : j);
    if (a != null && !half && halfAfter(t, a.first())) {
      a = new Amount(t.number(a.first() - 3), a.first() - 3); // "2 1/2 years"
      half = true;
    }
    int last = i;
    if (t.at(i + 1).equals("and") && t.at(i + 2).equals("a") && t.at(i + 3).equals("half")) {
      half = a != null && a.value() == 1; // "a year and a half"
      last = half ? i + 3 : i;
    }
    boolean plural = t.at(i).endsWith("s");
    if (a == null) {
      boolean in =
          word.equals("in")
              && !t.isWord(i + 1)
              && !t.isNumber(i + 1); // "for the first time in years."
      if (plural
          && (word.equals("for") || word.equals("over") || word.equals("within") || in)
          && !t.at(i + 1).equals("of")) {
        out.add(new Candidate(i, i, duration(-1, unit), "duration-vague"));
      }
      return;
    }
    if (!half && a.value() == 1 && plural
        || a.value() > 1 && !plural && !t.isWord(i + 1) && !t.at(i).equals("fortnight")) {
      return; // "one years" is not a unit phrase; "a five year low" is (a compound without its
      // hyphen)
    }
    if (after.equals("old") || after.equals("of") && a.value() == 1 && unit.grain().equals("Q")) {
      return; // "52 years old" is an age; "a quarter of the market" a fraction
    }
    int n = a.value() < 0 ? -1 : a.value() * unit.multiple();
    int first = a.first();
    if (after.equals("ago")) {
      boolean clock =
          unit.grain().equals("H") || unit.grain().equals("N") || unit.grain().equals("S");
      Reading r =
          n < 0 || n > MAX_OFFSET
              ? Reading.literal(TemporalType.DATE, "PAST_REF")
              : Reading.deictic(grain(unit), clock ? 0 : -n);
      out.add(new Candidate(phrases.approxStart(t, first), agoAt, r, "offset-ago"));
      return;
    }
    if ((after.equals("earlier") || after.equals("later"))
        && n > 0
        && n <= MAX_OFFSET
        && !Phrases.titleCase(t, i + 1)) {
      int sign = after.equals("earlier") ? -1 : 1;
      out.add(
          new Candidate(
              phrases.approxStart(t, first),
              i + 1,
              Reading.anchored(grain(unit), sign * n),
              "offset-anchored"));
      return;
    }
    if (after.equals("from") && t.at(i + 2).equals("now") && n > 0 && n <= MAX_OFFSET) {
      out.add(
          new Candidate(
              phrases.approxStart(t, first),
              i + 2,
              Reading.deictic(grain(unit), n),
              "offset-from-now"));
      return;
    }
    if (t.at(first - 1).equals("every") && n > 0) {
      String letter = unit.letter().length() == 1 ? unit.letter() : "Y";
      String clockUnit = unit.grain().equals("H") || unit.grain().equals("N") ? "T" : "";
      out.add(
          new Candidate(
              first - 1,
              i,
              Reading.literal(TemporalType.SET, "P" + clockUnit + n + letter),
              "set-every-n"));
      return; // "every two weeks"
    }
    if (lex.spanShifts.contains(t.at(first - 1))) {
      first--;
    }
    first = Phrases.withThe(t, phrases.approxStart(t, first));
    if (after.equals("or")
        && (t.at(i + 2).equals("so") || t.at(i + 2).equals("two") || t.at(i + 2).equals("more"))) {
      last = i + 2; // "a year or so", "a year or two"
    }
    if (a.value() == 1 && first == a.first() && last == i) {
      String b = t.at(first - 1);
      if (!(b.equals("for")
          || b.equals("within")
          || b.equals("than")
          || b.equals("over")
          || b.equals("barely")
          || b.equals("him")
          || b.equals("them")
          || after.equals("after")
          || after.equals("before"))) {
        return; // "a day of talks" is rarely a duration mention; "for a week", "a month after" are
      }
    }
    Reading r = half && n > 0 ? halfMore(n, unit) : duration(n, unit);
    out.add(new Candidate(first, last, r, half ? "duration-half" : "duration"));
  }

  /** True when the number at i is the 2 of "N 1/2". */
  private static boolean halfAfter(Tokens t, int i) {
    return t.number(i) == 2
        && t.at(i - 1).equals("/")
        && t.at(i - 2).equals("1")
        && t.glued(i - 2)
        && t.glued(i - 1)
        && t.isNumber(i - 3)
        && t.number(i - 3) >= 0;
  }

  /** n and a half units: P2Y6M, P3DT12H, PT1H30M; other units with a decimal fraction. */
  private static Reading halfMore(int n, TemporalLexicon.Unit unit) {
    String value =
        switch (unit.grain()) {
          case "Y" -> "P" + n + "Y6M";
          case "D" -> "P" + n + "DT12H";
          case "H" -> "PT" + n + "H30M";
          case "N" -> "PT" + n + "M30S";
          case "E" -> "P" + (n * 10L + 5) + "Y";
          case "C" -> "P" + (n * 100L + 50) + "Y";
          default -> "P" + n + ".5" + unit.letter();
        };
    return Reading.literal(TemporalType.DURATION, value);
  }

  static Grain grain(TemporalLexicon.Unit unit) {
    return switch (unit.grain()) {
      case "C" -> Grain.CENTURY;
      case "E" -> Grain.DECADE;
      case "Y" -> Grain.YEAR;
      case "Q" -> Grain.QUARTER;
      case "M" -> Grain.MONTH;
      case "W" -> Grain.WEEK;
      default -> Grain.DAY;
    };
  }

  /**
   * TIMEX3 duration: P2W, P2Q, P20Y (decades and centuries in years), PT3H, PXY for vague amounts.
   */
  static Reading duration(int n, TemporalLexicon.Unit unit) {
    String amount = n < 0 ? "X" : Integer.toString(n);
    String value =
        switch (unit.grain()) {
          case "E" -> n < 0 ? "PXDE" : "P" + n * 10L + "Y";
          case "C" -> n < 0 ? "PXCE" : "P" + n * 100L + "Y";
          case "H", "N", "S" -> "PT" + amount + unit.letter();
          default -> "P" + amount + unit.letter();
        };
    return Reading.literal(TemporalType.DURATION, value);
  }
}
