package io.storyline.storystore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * When each changed story's timeline is due for recomputation: once it has gone {@code quiet}
 * without a change, and at the latest {@code maxWait} after the first change it waits with, so a
 * burst of articles costs one recomputation and a story that keeps changing is still recomputed
 * every {@code maxWait}. Times are {@link System#nanoTime} values given by the caller (compared as
 * differences, as that clock requires), so the schedule is plain data. Not thread-safe.
 */
final class RecomputeSchedule {
  /** A queued story: when it first changed since it was last taken, and when it is due. */
  private record Queued(long storyId, long firstChange, long due) {}

  private final long quietNanos;
  private final long maxWaitNanos;
  private final Map<Long, Queued> byStory = new HashMap<>();
  private final NavigableSet<Queued> byDue =
      new TreeSet<>(
          (a, b) -> {
            int order = Long.compare(a.due() - b.due(), 0);
            return order != 0 ? order : Long.compare(a.storyId(), b.storyId());
          });

  RecomputeSchedule(long quietNanos, long maxWaitNanos) {
    this.quietNanos = quietNanos;
    this.maxWaitNanos = maxWaitNanos;
  }

  /** Stories that changed at {@code now}. */
  void changed(Collection<Long> storyIds, long now) {
    for (Long id : storyIds) {
      Queued queued = byStory.get(id);
      long firstChange = queued == null ? now : queued.firstChange();
      long due = now + quietNanos;
      if (due - (firstChange + maxWaitNanos) > 0) {
        due = firstChange + maxWaitNanos;
      }
      if (queued != null && queued.due() - due > 0) {
        due = queued.due(); // a pause set by after() stands
      }
      put(new Queued(id, firstChange, due));
    }
  }

  /** Stories due {@code delayNanos} after {@code now}; one already queued keeps its turn. */
  void after(Collection<Long> storyIds, long delayNanos, long now) {
    for (Long id : storyIds) {
      if (!byStory.containsKey(id)) {
        put(new Queued(id, now, now + delayNanos));
      }
    }
  }

  /** Takes up to {@code limit} stories due at {@code now}, earliest due first. */
  List<Long> takeDue(long now, int limit) {
    List<Long> due = new ArrayList<>(Math.min(limit, byStory.size()));
    while (!byDue.isEmpty() && due.size() < limit && byDue.first().due() - now <= 0) {
      Queued next = byDue.pollFirst();
      byStory.remove(next.storyId());
      due.add(next.storyId());
    }
    return due;
  }

  /** Nanoseconds from {@code now} until the next story is due (0 if one is, or none is queued). */
  long untilNextDue(long now) {
    return byDue.isEmpty() ? 0 : Math.max(0, byDue.first().due() - now);
  }

  boolean isEmpty() {
    return byStory.isEmpty();
  }

  int size() {
    return byStory.size();
  }

  private void put(Queued queued) {
    Queued replaced = byStory.put(queued.storyId(), queued);
    if (replaced != null) {
      byDue.remove(replaced);
    }
    byDue.add(queued);
  }
}
