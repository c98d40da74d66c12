package io.storyline.story;

/**
 * Running document frequencies for IDF weights, by 64-bit term hash ({@link #hash}): vectors and
 * centroids hold the hashes too, so comparing them is a walk over two sorted long arrays, and a
 * lookup here probes one primitive table instead of a string-keyed map whose hundreds of thousands
 * of entries miss the CPU cache several times per term. A collision (about one in 10^19 per pair of
 * terms) would only merge two terms' weights. The prior of {@value #PRIOR_DOCUMENTS}
 * pseudo-documents keeps weights flat while few articles are known, so the first articles' order
 * barely matters. Rare terms are pruned when the table grows past {@code maxTerms} (memory stays
 * bounded).
 */
final class DocumentFrequencies {
  static final int PRIOR_DOCUMENTS = 50;
  static final int MAX_TERMS = 400_000;
  private static final int MIN_CAPACITY = 1024;

  private final int maxTerms;

  /** Open addressing, linear probing, load at most 1/2; 0 marks an empty slot. */
  private long[] keys = new long[MIN_CAPACITY];

  private int[] counts = new int[MIN_CAPACITY];
  private int size;

  /** The count of hash 0, which cannot have a slot. */
  private int zeroCount;

  private long documents;

  DocumentFrequencies(int maxTerms) {
    this.maxTerms = maxTerms;
  }

  /**
   * A term's 64-bit hash: FNV-1a over its chars, finished with SplitMix64 so the low bits index the
   * table.
   */
  static long hash(String term) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < term.length(); i++) {
      h = (h ^ term.charAt(i)) * 0x100000001b3L;
    }
    return MinHasher.mix(h);
  }

  /** Counts one document with these distinct term hashes. */
  void add(long[] terms) {
    documents++;
    for (long term : terms) {
      if (term == 0) {
        zeroCount++;
        continue;
      }
      if (2 * (size + 1) > keys.length) {
        resize(keys.length * 2);
      }
      int slot = slot(term);
      if (keys[slot] == 0) {
        keys[slot] = term;
        size++;
      }
      counts[slot]++;
    }
    // Prune the rarest terms down to 3/4 of the cap, so pruning runs rarely (amortised O(1) per
    // document).
    if (size > maxTerms) {
      for (int limit = 1; size > maxTerms * 3 / 4; limit++) {
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] != 0 && counts[i] <= limit) {
            keys[i] = 0;
            counts[i] = 0;
            size--;
          }
        }
      }
      resize(keys.length); // re-probe: the removals broke probe chains
    }
  }

  double idf(long term) {
    int count = term == 0 ? zeroCount : counts[slot(term)];
    return Math.log((documents + PRIOR_DOCUMENTS) / (count + 1.0));
  }

  /** Terms with a frequency. */
  int size() {
    return size + (zeroCount > 0 ? 1 : 0);
  }

  /** The slot holding {@code term}, or the empty slot where it belongs. */
  private int slot(long term) {
    int mask = keys.length - 1;
    int slot = (int) term & mask;
    while (keys[slot] != 0 && keys[slot] != term) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void resize(int capacity) {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[Math.max(MIN_CAPACITY, capacity)];
    counts = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
