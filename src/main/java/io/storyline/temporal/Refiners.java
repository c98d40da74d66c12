package io.storyline.temporal;

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
