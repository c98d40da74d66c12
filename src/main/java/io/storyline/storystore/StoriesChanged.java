package io.storyline.storystore;

import java.util.Set;

/**
 * Fired inside a write transaction with the stories it created, grew, shrank or replaced; observers
 * that keep per-story results (timelines) refresh them once the transaction commits.
 */
public record StoriesChanged(Set<Long> storyIds) {
  public StoriesChanged {
    storyIds = Set.copyOf(storyIds);
  }
}
