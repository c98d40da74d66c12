package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import io.storyline.temporal.Reading.Kind;
import io.storyline.temporal.TenseCues.Lean;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Anchors readings to dates (HeidelTime's second phase, on typed values): to the reference date,
 * the sentence's tense, and the last mentioned date. One instance per annotation call (it remembers
 * the last date).
 */
final class Resolver {

  private final TemporalLexicon lex;
  private final TenseCues tense;
  private final LocalDate ref;
  private TenseCues.Index cues;
  private Period last;

  /** Sentence and last token of {@link #last}: the date a reported clause may hang from. */
  private int lastSentence = -1;

  private int lastEnd = -1;

  /** The last quarter named outright ("the third quarter"): earnings reports compare against it. */
  private Period lastQuarter;

  private int lastQuarterSentence = -1;

  Resolver(TemporalLexicon lex, TenseCues tense, LocalDate ref) {
    this.lex = lex;
    this.tense = tense;
    this.ref = ref;
  }

  List<TemporalExpression> resolve(Tokens t, List<Candidate> chosen) {
    List<TemporalExpression> out = new ArrayList<>(chosen.size());
    List<Integer> awaitingReport = new ArrayList<>();
    for (Candidate c : chosen) {
      int start = t.start[c.first()];
      int end = t.end[c.last()];
      String text = t.text.substring(start, end);
      Reading r = c.reading();
      if (r.kind() == Kind.LITERAL) {
        out.add(unanchored(start, end, text, r.type(), r.literal(), c.rule()));
        continue;
      }
      Period p = period(t, c, r);
      if (p == null) {
        out.add(unanchored(start, end, text, r.type(), "XXXX-XX-XX", c.rule()));
        continue;
      }
      // before this date becomes the last one: was it resolved without a reporting date?
      if (r.kind() == Kind.WEEKDAY && !r.has(r.shift())) {
        TenseCues.Cue cue = cues(t).cue(c.first(), c.last());
        if (cue.lean() == Lean.FUTURE_IN_PAST && reportDate(t, c, cue) == null) {
          awaitingReport.add(out.size());
        }
      }
      if (r.kind() != Kind.DEICTIC || p.grain() == Grain.DAY) {
        last = p;
        lastSentence = t.sentence[c.first()];
        lastEnd = c.last();
      }
      if (r.kind() == Kind.CALENDAR && p.grain() == Grain.QUARTER) {
        lastQuarter = p;
        lastQuarterSentence = t.sentence[c.first()];
      }
      out.add(expression(t, c, p));
    }
    for (int k : awaitingReport) {
      anchorToLaterReport(t, chosen, out, k);
    }
    return out;
  }

  /** An expression whose value is not a resolved period (a literal, or a date left unknown). */
  private static TemporalExpression unanchored(
      int start, int end, String text, TemporalType type, String value, String rule) {
    return new TemporalExpression(
        start, end, text, type, value, Optional.empty(), Optional.empty(), Optional.empty(), rule);
  }

  private static TemporalExpression expression(Tokens t, Candidate c, Period p) {
    Reading r = c.reading();
    String value = p.render();
    Granularity granularity = p.granularity();
    if (r.type() == TemporalType.TIME) {
      value += "T" + (r.clock().isEmpty() ? r.part() : r.clock());
      granularity = r.clock().isEmpty() ? Granularity.PART_OF_DAY : Granularity.TIME;
    }
    int start = t.start[c.first()];
    int end = t.end[c.last()];
    return new TemporalExpression(
        start,
        end,
        t.text.substring(start, end),
        r.type(),
        value,
        Optional.of(granularity),
        Optional.of(p.start()),
        Optional.of(p.end()),
        c.rule());
  }

  /**
   * "Talks would resume on Wednesday, Blinken said on Sunday": a reported future named before its
   * reporting clause hangs from the date of that clause, later in the sentence.
   */
  private void anchorToLaterReport(
      Tokens t, List<Candidate> chosen, List<TemporalExpression> out, int k) {
    Candidate c = chosen.get(k);
    for (int j = k + 1;
        j < chosen.size() && t.sameSentence(c.first(), chosen.get(j).first());
        j++) {
      Candidate report = chosen.get(j);
      TenseCues.Cue cue = cues(t).cue(report.first(), report.last());
      boolean reporting =
          cue.lean() == Lean.PAST && cue.at() > c.last() && cue.at() < report.first();
      if (reporting && out.get(j).granularity().equals(Optional.of(Granularity.DAY))) {
        LocalDate day = out.get(j).intervalStart().orElseThrow();
        DayOfWeek weekday = DayOfWeek.of(c.reading().weekday());
        out.set(
            k,
            expression(
                t, c, new Period(Grain.DAY, day.with(TemporalAdjusters.nextOrSame(weekday)), 0)));
        return;
      }
    }
  }

  /** Built on first use: many texts have no expression that needs the tense. */
  private TenseCues.Index cues(Tokens t) {
    if (cues == null) {
      cues = tense.index(t);
    }
    return cues;
  }

  private Period period(Tokens t, Candidate c, Reading r) {
    try {
      return periodOrThrow(t, c, r);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return null; // "9999999 years ago": out of the calendar's range, left unresolved
    }
  }

  private Period periodOrThrow(Tokens t, Candidate c, Reading r) {
    return switch (r.kind()) {
      case CALENDAR -> calendar(t, c, r);
      case WEEKDAY -> weekday(t, c, r);
      case DEICTIC ->
          shifted(
              t,
              c,
              r,
              new Period(
                  r.grain() == Grain.WEEKEND ? Grain.WEEK : r.grain(),
                  Period.start(r.grain(), ref),
                  Period.quarter(ref)));
      case ANCHORED -> shifted(t, c, r, anchor(r.grain()));
      case LITERAL -> null;
    };
  }

  private Period calendar(Tokens t, Candidate c, Reading r) {
    int month = r.has(r.month()) ? r.month() : 1;
    if (r.grain() == Grain.DAY && !r.has(r.month())) {
      LocalDate base =
          last != null ? last.start() : ref; // "the 12th": of the month being talked about
      month = base.getMonthValue();
    }
    int year = r.has(r.year()) ? r.year() : yearFor(t, c, r, month);
    return switch (r.grain()) {
      case DAY -> {
        LocalDate d = safeDate(year, month, r.day());
        yield d == null ? null : new Period(Grain.DAY, d, 0);
      }
      case MONTH -> new Period(Grain.MONTH, LocalDate.of(year, month, 1), 0);
      case QUARTER ->
          new Period(Grain.QUARTER, LocalDate.of(year, r.index() * 3 - 2, 1), r.index());
      case HALF -> new Period(Grain.HALF, LocalDate.of(year, r.index() * 6 - 5, 1), r.index());
      case SEASON -> new Period(Grain.SEASON, seasonStart(year, r.index()), r.index());
      default -> new Period(r.grain(), LocalDate.of(year, 1, 1), 0);
    };
  }

  /** The year of a period named without one: from "last"/"next", "June last year", or the tense. */
  private int yearFor(Tokens t, Candidate c, Reading r, int month) {
    int y = ref.getYear();
    if (r.has(r.shift()) && r.shift() >= Reading.YEAR_SHIFT - 10) {
      return y + r.shift() - Reading.YEAR_SHIFT;
    }
    Period p = inYear(t, c, r, y, month);
    if (p == null) {
      return y;
    }
    LocalDate start = p.start();
    LocalDate end = p.end();
    int shift = r.shift();
    if (shift == -1) {
      return end.isAfter(ref) ? y - 1 : y;
    }
    if (shift == 1) {
      return start.isAfter(ref) ? y : y + 1;
    }
    if (shift == 0) {
      return y;
    }
    TenseCues.Cue cue = cues(t).cue(c.first(), c.last());
    Lean lean = cue.lean();
    if (lean == Lean.FUTURE_IN_PAST) {
      Period report = reportDate(t, c, cue);
      if (report != null) {
        // the first one after the reported moment: "said in November it would open in March"
        int year = report.start().getYear();
        Period same = inYear(t, c, r, year, month);
        return same != null && same.end().isAfter(report.start()) ? year : year + 1;
      }
      lean = Lean.FUTURE;
    }
    // Some slack both ways: tense cues are noisy ("payable Dec. 15" near "declared"), and a date
    // just after the reference in a past-tense sentence is more often a late-dated copy than last
    // year's; a month that starts over a month ahead is last year's ("changed ... in December").
    if (lean == Lean.PAST && start.isAfter(ref.plusMonths(r.grain() == Grain.DAY ? 2 : 1))) {
      return y - 1;
    }
    boolean quarter = r.grain() == Grain.QUARTER || r.grain() == Grain.HALF;
    if (lean == Lean.FUTURE && !quarter && end.isBefore(ref.minusMonths(1))) {
      return y + 1;
    }
    return y;
  }

  /** The period r names, placed in the given year. */
  private Period inYear(Tokens t, Candidate c, Reading r, int year, int month) {
    return calendar(
        t, c, Reading.calendar(r.grain(), year, month, r.has(r.day()) ? r.day() : 1, r.index()));
  }

  private Period weekday(Tokens t, Candidate c, Reading r) {
    DayOfWeek day = DayOfWeek.of(r.weekday());
    LocalDate d;
    if (r.shift() == Reading.BEFORE_ANCHOR) {
      d = (last != null ? last.start() : ref).with(TemporalAdjusters.previous(day));
    } else if (r.shift() == -1) {
      d = ref.with(TemporalAdjusters.previous(day));
    } else if (r.shift() == 1) {
      d = ref.with(TemporalAdjusters.next(day));
    } else if (r.shift() == 0) {
      d = ref.with(TemporalAdjusters.nextOrSame(day));
    } else {
      TenseCues.Cue cue = cues(t).cue(c.first(), c.last());
      Period report = cue.lean() == Lean.FUTURE_IN_PAST ? reportDate(t, c, cue) : null;
      if (report != null) {
        d = report.start().with(TemporalAdjusters.nextOrSame(day)); // "would resume on Wednesday"
      } else {
        d =
            cue.lean() == Lean.FUTURE || cue.lean() == Lean.FUTURE_IN_PAST
                ? ref.with(TemporalAdjusters.nextOrSame(day))
                : ref.with(TemporalAdjusters.previousOrSame(day));
      }
    }
    return new Period(Grain.DAY, d, 0);
  }

  /**
   * The date of the reporting clause a future-in-the-past hangs from: the last date in the same
   * sentence before the cue word ("said on Sunday that talks would resume on Wednesday"); null when
   * the sentence names none, and the future is then seen from the reference date.
   */
  private Period reportDate(Tokens t, Candidate c, TenseCues.Cue cue) {
    boolean sameSentence = last != null && lastSentence == t.sentence[c.first()];
    return sameSentence && cue.at() > lastEnd ? last : null;
  }

  /**
   * The last mentioned date, or the reference date; "the quarter" falls back to the last reported
   * quarter.
   */
  private Period anchor(Grain grain) {
    if (grain == Grain.QUARTER && lastQuarter != null) {
      return lastQuarter;
    }
    if (last != null && grain != Grain.QUARTER) {
      return last;
    }
    if (grain == Grain.QUARTER) {
      return latestQuarter();
    }
    return new Period(Grain.DAY, ref, 0);
  }

  /** The last quarter completed before the reference date: the one a report is about. */
  private Period latestQuarter() {
    LocalDate q = Period.start(Grain.QUARTER, ref).minusMonths(3);
    return new Period(Grain.QUARTER, q, Period.quarter(q));
  }

  private Period shifted(Tokens t, Candidate c, Reading r, Period base) {
    int n = r.shift();
    Grain grain = r.grain();
    boolean quarterTalk = lastQuarter != null && lastQuarterSentence >= t.sentence[c.first()] - 8;
    boolean comparison = c.rule().equals("year-ago") || c.rule().startsWith("offset");
    if (grain == Grain.YEAR && n == -1 && comparison) {
      // "a year ago", "year-earlier": in an earnings report the same quarter a year before
      boolean ofQuarter =
          quarterTalk || t.at(c.last()).equals("quarter") || t.at(c.last()).equals("period");
      Period reported = anchor(Grain.QUARTER);
      if (reported.start().isAfter(ref)) {
        reported = latestQuarter(); // a forecast ("losses through the third quarter of 1990")
      }
      LocalDate q = ofQuarter ? reported.start().minusYears(1) : ref.minusYears(1);
      return ofQuarter
          ? new Period(Grain.QUARTER, q, Period.quarter(q))
          : new Period(Grain.YEAR, Period.start(Grain.YEAR, q), 0);
    }
    if (grain == Grain.WEEK
        && r.kind() == Kind.DEICTIC
        && ref.getDayOfWeek() == DayOfWeek.SUNDAY
        && n >= 0) {
      // On a Sunday, news means the week that starts tomorrow by "this week" and "the coming week".
      LocalDate week = ref.plusDays(1).plusWeeks(Math.max(n - 1, 0));
      return new Period(Grain.WEEK, week, 0);
    }
    if (grain == Grain.WEEKEND) {
      Lean lean = cues(t).around(c.first(), c.last());
      LocalDate sat =
          n == 0 && (lean == Lean.FUTURE || lean == Lean.FUTURE_IN_PAST)
              ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
              : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                  .plusWeeks(Math.max(n, 0));
      return new Period(Grain.WEEKEND, sat, 0);
    }
    LocalDate from = base.start();
    LocalDate d =
        switch (grain) {
          case CENTURY -> from.plusYears(100L * n);
          case DECADE -> from.plusYears(10L * n);
          case YEAR -> from.plusYears(n);
          case HALF -> from.plusMonths(6L * n);
          case QUARTER -> from.plusMonths(3L * n);
          case MONTH -> from.plusMonths(n);
          case WEEK -> from.plusWeeks(n);
          default -> from.plusDays(n);
        };
    return new Period(grain, Period.start(grain, d), Period.quarter(d));
  }

  private LocalDate seasonStart(int year, int index) {
    for (TemporalLexicon.Season s : lex.seasons.values()) {
      if (s.index() == index) {
        return LocalDate.parse(year + "-" + s.first());
      }
    }
    throw new IllegalStateException("season " + index);
  }

  private static LocalDate safeDate(int y, int m, int d) {
    return d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth()
        ? LocalDate.of(y, m, d)
        : null;
  }
}
