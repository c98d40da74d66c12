package io.storyline.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fix-ups after parsing (chrono-node's refiners): keep the widest non-overlapping readings, join
 * clock + date.
 */
final class Refiners {
  private Refiners() {}

  /** Widest first, then leftmost; a candidate overlapping an accepted one is dropped. */
  static List<Candidate> dropOverlaps(List<Candidate> candidates, int tokenCount) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(Candidate::width).reversed().thenComparingInt(Candidate::first));
    boolean[] taken = new boolean[tokenCount];
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      boolean free = true;
      for (int i = c.first(); i <= c.last() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        for (int i = c.first(); i <= c.last(); i++) {
          taken[i] = true;
        }
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::first));
    return kept;
  }

  /** "3 p.m. Wednesday", "Sunday at 3 p.m.": a clock next to a day becomes one TIME on that day. */
  static List<Candidate> joinClockAndDay(Tokens t, List<Candidate> sorted) {
    List<Candidate> out = new ArrayList<>(sorted.size());
    for (int k = 0; k < sorted.size(); k++) {
      Candidate c = sorted.get(k);
      Candidate next = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
      if (next != null
          && isClock(c) != isClock(next)
          && isDay(isClock(c) ? next : c)
          && gap(t, c, next)) {
        Candidate clock = isClock(c) ? c : next;
        Candidate day = isClock(c) ? next : c;
        out.add(
            new Candidate(
                c.first(),
                next.last(),
                day.reading().withTime("", clock.reading().clock()),
                day.rule() + "+clock"));
        k++;
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A line that holds nothing but the full reference date ("March 06, 2008" under a title) is the
   * dateline: TimeML annotates it as the document's creation time, not as an expression of the
   * text.
   */
  static List<Candidate> dropDateline(Tokens t, List<Candidate> sorted, LocalDate reference) {
    List<Candidate> out = new ArrayList<>(sorted.size());
    for (Candidate c : sorted) {
      Reading r = c.reading();
      boolean dateline =
          r.kind() == Reading.Kind.CALENDAR
              && r.type() == TemporalType.DATE
              && r.grain() == Reading.Grain.DAY
              && r.year() == reference.getYear()
              && r.month() == reference.getMonthValue()
              && r.day() == reference.getDayOfMonth()
              && aloneOnLine(t.text, t.start[c.first()], t.end[c.last()]);
      if (!dateline) {
        out.add(c);
      }
    }
    return out;
  }

  /** Only spaces and punctuation between the line's ends and [start, end). */
  private static boolean aloneOnLine(String text, int start, int end) {
    for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClock(Candidate c) {
    return c.rule().startsWith("clock");
  }

  private static boolean isDay(Candidate c) {
    Reading r = c.reading();
    return r.type() == TemporalType.DATE
        && r.grain() == Reading.Grain.DAY
        && r.kind() != Reading.Kind.LITERAL;
  }

  /** Adjacent, or separated by "on", "at" or a comma. */
  private static boolean gap(Tokens t, Candidate a, Candidate b) {
    int between = b.first() - a.last() - 1;
    if (between == 0) {
      return true;
    }
    String w = t.at(a.last() + 1);
    return between == 1 && (w.equals("on") || w.equals("at") || w.equals(","));
  }
}
