package io.storyline.storystore;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.storyline.event.Event;
import io.storyline.store.StoreVersion;
import io.storyline.timeline.StoryWords;
import io.storyline.timeline.TopicQuery;
import io.storyline.timeline.WordIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Which stories a topic search must look into. A {@link WordIndex} holds every story's words at its
 * current version, and the list of stories is kept for the store's current write count, so a search
 * reads one counter from the store, looks its words up and assembles the timelines only of the
 * stories that may match. Every story is still searched: none is cut. Another instance's writes
 * move the same counter, so a shared database is seen as it is. Thread-safe.
 */
@ApplicationScoped
public class StorySearch {
  private static final Logger LOG = Logger.getLogger(StorySearch.class);

  /** Stories indexed per transaction when the index is filled at start-up. */
  private static final int WARM_BATCH = 200;

  private final StoreVersion storeVersion;
  private final StoryEvents storyEvents;
  private final WordIndex index = new WordIndex();

  /**
   * A story as a search sees it, read from the entity once per snapshot (an enhanced entity's
   * getters cost microseconds; a search must not call ten thousand of them).
   */
  private record Listed(Story story, int position, Instant firstPublishedAt) {}

  /** The stories as of a store write count, most recently active first, and those not indexed. */
  private record Snapshot(long storeVersion, Map<Long, Listed> stories, List<Story> unindexed) {}

  private volatile Snapshot snapshot;

  StorySearch(StoreVersion storeVersion, StoryEvents storyEvents) {
    this.storeVersion = storeVersion;
    this.storyEvents = storyEvents;
  }

  /** The stories a topic may be found in, and how many stories were searched. */
  public record Found(List<Story> candidates, int searched) {}

  /**
   * The stories active up to {@code to} (all without it) whose words may match the topic, most
   * recently active first.
   */
  @Transactional
  public Found candidates(TopicQuery topic, Optional<LocalDate> to) {
    Snapshot current = indexed(snapshot());
    // Events can predate a story's articles (history recalled in them), so only the upper bound
    // narrows stories.
    Instant before =
        to.map(day -> day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(null);
    List<Listed> found = new ArrayList<>();
    for (long id : index.candidates(StoryWords.Probe.of(topic))) {
      Listed listed = current.stories().get(id);
      if (listed != null && (before == null || listed.firstPublishedAt().isBefore(before))) {
        found.add(listed);
      }
    }
    found.sort(Comparator.comparingInt(Listed::position));
    int searched =
        before == null
            ? current.stories().size()
            : (int)
                current.stories().values().stream()
                    .filter(listed -> listed.firstPublishedAt().isBefore(before))
                    .count();
    return new Found(found.stream().map(Listed::story).toList(), searched);
  }

  /** Records the words of a story version whose events were just merged (timeline upkeep). */
  void index(Story story, List<Event> events) {
    index.put(story.id, story.version, StoryWords.of(events));
  }

  /** Indexes every story not indexed at its current version, a batch per transaction. */
  void warm() {
    try {
      List<Story> unindexed = QuarkusTransaction.requiringNew().call(this::snapshot).unindexed();
      for (int from = 0; from < unindexed.size(); from += WARM_BATCH) {
        List<Story> batch = unindexed.subList(from, Math.min(unindexed.size(), from + WARM_BATCH));
        QuarkusTransaction.requiringNew().run(() -> batch.forEach(this::indexStored));
      }
      LOG.debugf("Search index holds %d stories", index.size());
    } catch (RuntimeException e) {
      LOG.warn("Could not index the stories for search; searches index them as they go", e);
    }
  }

  private Snapshot snapshot() {
    long version = storeVersion.current();
    Snapshot current = snapshot;
    if (current != null && current.storeVersion() == version) {
      return current;
    }
    List<Story> stories = Story.<Story>find("order by lastPublishedAt desc, id desc").list();
    Map<Long, Listed> listed = new HashMap<>();
    List<Story> unindexed = new ArrayList<>();
    for (Story story : stories) {
      listed.put(story.id, new Listed(story, listed.size(), story.firstPublishedAt));
      if (!index.holds(story.id, story.version)) {
        unindexed.add(story);
      }
    }
    if (current != null) {
      // Stories merged into others or deleted leave the index.
      Set<Long> gone = new java.util.HashSet<>(current.stories().keySet());
      gone.removeAll(listed.keySet());
      gone.forEach(index::remove);
    }
    Snapshot fresh = new Snapshot(version, Map.copyOf(listed), List.copyOf(unindexed));
    snapshot = fresh;
    return fresh;
  }

  /** The snapshot once every story of it is indexed at its version (after a write: a few). */
  private Snapshot indexed(Snapshot current) {
    // Concurrent searches of one snapshot wait for the one indexing it rather than do it again.
    if (current.unindexed().isEmpty()) {
      return current;
    }
    synchronized (current) {
      for (Story story : current.unindexed()) {
        if (!index.holds(story.id, story.version)) {
          indexStored(story);
        }
      }
    }
    // Later searches of this store version need not ask the index about each story again.
    Snapshot done = new Snapshot(current.storeVersion(), current.stories(), List.of());
    synchronized (this) {
      if (snapshot == current) {
        snapshot = done;
      }
    }
    return done;
  }

  private void indexStored(Story story) {
    index.put(story.id, story.version, StoryWords.of(storyEvents.of(story).events()));
  }
}
