package io.storyline.text;

/**
 * Counts per 64-bit hash (word and bigram units of {@link WordingConsensus#units}, the terms of
 * story assignment): an open-addressing table of primitives, so counting allocates a few arrays
 * instead of a boxed map entry per key, and a lookup probes one array instead of chasing a map node
 * and its key. Keys are well-mixed hashes, so their low bits index the table directly.
 */
public final class UnitCounts {
  private static final int MIN_CAPACITY = 64;
  private long[] keys;
  private int[] counts;
  private int size;

  public UnitCounts() {
    this(0);
  }

  /**
   * A table sized for about {@code expectedKeys} keys, so counting them does not rehash the table
   * as it grows.
   */
  public UnitCounts(int expectedKeys) {
    int capacity = Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, 2 * expectedKeys)) * 2);
    keys = new long[capacity];
    counts = new int[capacity];
  }

  /**
   * The table cannot mark an empty slot for key 0 (zero is "empty"), so that key is counted apart.
   */
  private int zeroCount;

  public void increment(long key) {
    if (key == 0) {
      zeroCount++;
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int slot = slot(key);
    if (keys[slot] == 0) {
      keys[slot] = key;
      size++;
    }
    counts[slot]++;
  }

  public int get(long key) {
    return key == 0 ? zeroCount : counts[slot(key)];
  }

  /**
   * The slot holding {@code key}, or the empty slot where it belongs (linear probing, load at most
   * 1/2).
   */
  private int slot(long key) {
    int mask = keys.length - 1;
    int slot = (int) key & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Keys counted at least once. */
  public int size() {
    return size + (zeroCount > 0 ? 1 : 0);
  }

  /** Forgets every key counted at most {@code limit} times. */
  public void removeAtMost(int limit) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0 && counts[i] <= limit) {
        keys[i] = 0;
        counts[i] = 0;
        size--;
      }
    }
    if (zeroCount <= limit) {
      zeroCount = 0;
    }
    rehash(keys.length); // the removals broke probe chains
  }

  private void grow() {
    rehash(keys.length * 2);
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[capacity];
    counts = new int[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
