package io.storyline.timeline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a story's articles were published on, first to last; what its timeline's entries are
 * judged against to tell the story's own events from background.
 */
public record PublicationSpan(Optional<LocalDate> first, Optional<LocalDate> last) {

  /**
   * Entries ending this long before the first article, or starting this long after the last, are
   * background: a year covers the run-up a report recalls ("in June", "last summer") but not the
   * treaties, annexations and decades it cites for context.
   */
  static final int BACKGROUND_DAYS = 365;

  /** A span that marks nothing as background (publication days unknown). */
  public static PublicationSpan unknown() {
    return new PublicationSpan(Optional.empty(), Optional.empty());
  }

  public static PublicationSpan of(LocalDate first, LocalDate last) {
    return new PublicationSpan(Optional.of(first), Optional.of(last));
  }

  /** Whether the days [start, end) lie far outside the span (see {@link #BACKGROUND_DAYS}). */
  boolean isBackground(LocalDate start, LocalDate end) {
    boolean longBefore =
        first.map(day -> !end.isAfter(day.minusDays(BACKGROUND_DAYS))).orElse(false);
    boolean longAfter = last.map(day -> start.isAfter(day.plusDays(BACKGROUND_DAYS))).orElse(false);
    return longBefore || longAfter;
  }
}
