package io.storyline.timeline;

import io.storyline.temporal.Granularity;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Filters for a timeline.
 *
 * <ul>
 *   <li>{@code from}/{@code to} (inclusive days): keep entries whose period overlaps [from, to], so
 *       "January 2022" stays in a query from 2022-01-10.
 *   <li>{@code resolution} (YEAR, MONTH or DAY): roll-up. All events of one period at that
 *       resolution share one entry, led by the most salient (month: all January days and weeks, and
 *       "January" itself, become one "2022-01" entry; day: one entry per day); coarser events (a
 *       year, a season at month resolution) stay as they are. Empty: one entry per event, at its
 *       own granularity.
 *   <li>{@code minSources}: keep entries reported by at least this many distinct articles (after
 *       roll-up).
 * </ul>
 */
public record TimelineQuery(
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<Granularity> resolution,
    int minSources) {

  private static final Set<Granularity> RESOLUTIONS =
      Set.of(Granularity.YEAR, Granularity.MONTH, Granularity.DAY);

  public TimelineQuery {
    if (resolution.isPresent() && !RESOLUTIONS.contains(resolution.get())) {
      throw new IllegalArgumentException(
          "resolution must be YEAR, MONTH or DAY, not " + resolution.get());
    }
    if (minSources < 1) {
      throw new IllegalArgumentException("minSources must be at least 1");
    }
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("to is before from");
    }
  }

  /** True if a period from {@code start} up to {@code end} (exclusive) overlaps [from, to]. */
  public boolean overlaps(LocalDate start, LocalDate end) {
    return from.map(end::isAfter).orElse(true) && to.map(day -> !start.isAfter(day)).orElse(true);
  }

  /** Every entry, at its own granularity. */
  public static TimelineQuery all() {
    return new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(), 1);
  }
}
