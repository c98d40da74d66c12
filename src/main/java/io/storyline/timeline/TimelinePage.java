package io.storyline.timeline;

import java.util.List;
import java.util.Optional;

/**
 * A page of timeline entries; {@code nextAfter} is the sort key to continue after, absent on the
 * last page.
 */
public record TimelinePage(List<TimelineEntry> entries, Optional<String> nextAfter) {
  public TimelinePage {
    entries = List.copyOf(entries);
  }
}
