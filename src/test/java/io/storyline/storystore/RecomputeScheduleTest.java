package io.storyline.storystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a changed story's timeline is recomputed: after a second without a change, at the latest
 * five seconds after the first change, once per burst. Times are in milliseconds here, on a clock
 * the test moves, so nothing sleeps.
 */
class RecomputeScheduleTest {
  private static final long MS = 1_000_000;
  private static final int ANY = 100;

  private final RecomputeSchedule schedule = new RecomputeSchedule(1_000 * MS, 5_000 * MS);

  /** The times (ms) at which {@code story} is taken, stepping the clock 100 ms at a time. */
  private List<Long> takenAt(long story, long untilMs, long... changesMs) {
    List<Long> taken = new ArrayList<>();
    int next = 0;
    for (long t = 0; t <= untilMs; t += 100) {
      while (next < changesMs.length && changesMs[next] <= t) {
        schedule.changed(List.of(story), changesMs[next++] * MS);
      }
      if (schedule.takeDue(t * MS, ANY).contains(story)) {
        taken.add(t);
      }
    }
    return taken;
  }

  @Test
  void aSingleChangeIsRecomputedASecondLater() {
    assertEquals(List.of(1_000L), takenAt(7, 10_000, 0));
  }

  @Test
  void aBurstOfChangesIsRecomputedOnceASecondAfterTheLast() {
    assertEquals(List.of(1_600L), takenAt(7, 10_000, 0, 200, 400, 600));
  }

  @Test
  void aStoryThatKeepsChangingIsRecomputedEveryFiveSeconds() {
    long[] everyHalfSecond = new long[24];
    for (int i = 0; i < everyHalfSecond.length; i++) {
      everyHalfSecond[i] = 500L * i; // 0 .. 11.5 s
    }
    // Due 5 s after the first change it waits with (the change at 5.0 s is in that recomputation,
    // the one at 5.5 s starts the next wait), then a second after the last change.
    assertEquals(List.of(5_000L, 10_500L, 12_500L), takenAt(7, 20_000, everyHalfSecond));
  }

  @Test
  void aChangeAfterARecomputationWaitsAgain() {
    assertEquals(List.of(1_000L, 4_000L), takenAt(7, 10_000, 0, 3_000));
  }

  @Test
  void storiesAreTakenEarliestDueFirstAndAtMostTheLimit() {
    schedule.changed(List.of(3L), 0);
    schedule.changed(List.of(1L), 200 * MS);
    schedule.changed(List.of(2L), 100 * MS);
    assertEquals(List.of(), schedule.takeDue(999 * MS, ANY));
    assertEquals(800 * MS, schedule.untilNextDue(200 * MS));
    assertEquals(List.of(3L, 2L), schedule.takeDue(1_200 * MS, 2));
    assertEquals(List.of(1L), schedule.takeDue(1_200 * MS, 2));
    assertTrue(schedule.isEmpty());
  }

  @Test
  void aPauseAfterAFailureStandsAgainstLaterChanges() {
    schedule.after(List.of(7L), 10_000 * MS, 0);
    schedule.changed(List.of(7L), 500 * MS);
    assertEquals(List.of(), schedule.takeDue(9_900 * MS, ANY));
    assertEquals(List.of(7L), schedule.takeDue(10_000 * MS, ANY));
  }

  @Test
  void storiesLeftBehindAtStartUpAreDueAtOnceAndAQueuedOneKeepsItsTurn() {
    schedule.changed(List.of(7L), 0);
    schedule.after(List.of(7L, 8L), 0, 100 * MS);
    assertEquals(List.of(8L), schedule.takeDue(100 * MS, ANY));
    assertEquals(1, schedule.size());
    assertEquals(List.of(7L), schedule.takeDue(1_000 * MS, ANY));
  }

  @Test
  void timesAreComparedAsDifferencesAcrossTheClocksWrap() {
    long nearWrap = Long.MAX_VALUE - 500 * MS;
    schedule.changed(List.of(7L), nearWrap);
    schedule.changed(List.of(8L), nearWrap + 400 * MS);
    assertEquals(List.of(7L), schedule.takeDue(nearWrap + 1_000 * MS, ANY));
    assertEquals(List.of(8L), schedule.takeDue(nearWrap + 1_400 * MS, ANY));
  }
}
