package io.storyline.text;

/**
 * Counts per 64-bit unit hash (see {@link WordingConsensus#units}): an open-addressing table of
 * primitives, so counting the units of a story's texts allocates a few arrays instead of a boxed
 * map entry per unit. Keys are well-mixed hashes, so their low bits index the table directly.
 */
final class UnitCounts {
  private static final int MIN_CAPACITY = 64;
  private long[] keys = new long[MIN_CAPACITY];
  private int[] counts = new int[MIN_CAPACITY];
  private int size;

  /**
   * The table cannot mark an empty slot for key 0 (zero is "empty"), so that key is counted apart.
   */
  private int zeroCount;

  void increment(long key) {
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

  int get(long key) {
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

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
