package io.storyline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An inverted index of stories' {@link StoryWords}: for each word, the stories that hold it, so a
 * search finds the stories it may match without looking at each story (ten thousand binary searches
 * a request cost milliseconds of cache misses). Updated a story at a time as its versions change.
 * Postings are sorted int arrays of story slots: an update moves a story's slot in each of its
 * words' lists (binary search and an array copy each). Thread-safe: searches share a read lock.
 */
public final class WordIndex {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<Long, Integer> storySlots = new HashMap<>();
  private final List<Long> slotStories = new ArrayList<>();
  private final List<Long> slotVersions = new ArrayList<>();
  private final List<long[]> slotWords = new ArrayList<>();
  private final List<Integer> freeSlots = new ArrayList<>();
  private final Map<Long, Postings> postings = new HashMap<>();

  /** One word's stories: sorted slots in the first {@code size} places. */
  private static final class Postings {
    int[] slots = new int[4];
    int size;

    void add(int slot) {
      int at = Arrays.binarySearch(slots, 0, size, slot);
      if (at >= 0) {
        return;
      }
      at = -at - 1;
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, size * 2);
      }
      System.arraycopy(slots, at, slots, at + 1, size - at);
      slots[at] = slot;
      size++;
    }

    void remove(int slot) {
      int at = Arrays.binarySearch(slots, 0, size, slot);
      if (at >= 0) {
        System.arraycopy(slots, at + 1, slots, at, size - at - 1);
        size--;
      }
    }

    boolean contains(int slot) {
      return Arrays.binarySearch(slots, 0, size, slot) >= 0;
    }
  }

  /** True if the story is indexed at this version. */
  public boolean holds(long storyId, long version) {
    lock.readLock().lock();
    try {
      Integer slot = storySlots.get(storyId);
      return slot != null && slotVersions.get(slot) == version;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Indexes a story's words at a version, replacing what it held before. */
  public void put(long storyId, long version, StoryWords words) {
    lock.writeLock().lock();
    try {
      Integer known = storySlots.get(storyId);
      int slot;
      if (known != null) {
        slot = known;
        if (slotVersions.get(slot) >= version) {
          return;
        }
        unlink(slot);
      } else if (!freeSlots.isEmpty()) {
        slot = freeSlots.remove(freeSlots.size() - 1);
      } else {
        slot = slotStories.size();
        slotStories.add(null);
        slotVersions.add(null);
        slotWords.add(null);
      }
      storySlots.put(storyId, slot);
      slotStories.set(slot, storyId);
      slotVersions.set(slot, version);
      slotWords.set(slot, words.hashes());
      for (long word : words.hashes()) {
        postings.computeIfAbsent(word, w -> new Postings()).add(slot);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Forgets a story (merged into another, deleted). */
  public void remove(long storyId) {
    lock.writeLock().lock();
    try {
      Integer slot = storySlots.remove(storyId);
      if (slot != null) {
        unlink(slot);
        slotStories.set(slot, null);
        slotVersions.set(slot, null);
        slotWords.set(slot, null);
        freeSlots.add(slot);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The stories indexed. */
  public int size() {
    lock.readLock().lock();
    try {
      return storySlots.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The ids of the indexed stories whose words hold every word of one of the probe's alternatives:
   * a superset of the stories whose timelines match (see {@link StoryWords}).
   */
  public List<Long> candidates(StoryWords.Probe probe) {
    lock.readLock().lock();
    try {
      java.util.BitSet found = new java.util.BitSet();
      for (long[] alternative : probe.alternatives) {
        collect(alternative, found);
      }
      List<Long> ids = new ArrayList<>(found.cardinality());
      for (int slot = found.nextSetBit(0); slot >= 0; slot = found.nextSetBit(slot + 1)) {
        ids.add(slotStories.get(slot));
      }
      return ids;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Adds the slots holding all these words: the shortest list, checked against the others. */
  private void collect(long[] words, java.util.BitSet found) {
    Postings[] lists = new Postings[words.length];
    for (int w = 0; w < words.length; w++) {
      lists[w] = postings.get(words[w]);
      if (lists[w] == null) {
        return;
      }
    }
    Arrays.sort(lists, (a, b) -> Integer.compare(a.size, b.size));
    Postings shortest = lists[0];
    for (int i = 0; i < shortest.size; i++) {
      int slot = shortest.slots[i];
      boolean all = true;
      for (int w = 1; w < lists.length && all; w++) {
        all = lists[w].contains(slot);
      }
      if (all) {
        found.set(slot);
      }
    }
  }

  private void unlink(int slot) {
    for (long word : slotWords.get(slot)) {
      Postings list = postings.get(word);
      if (list != null) {
        list.remove(slot);
        if (list.size == 0) {
          postings.remove(word);
        }
      }
    }
  }
}
