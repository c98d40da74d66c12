package io.storyline.story;

import io.storyline.text.UnitCounts;

/**
 * Running document frequencies for IDF weights, by 64-bit term hash ({@link #hash}): vectors and
 * centroids hold the hashes too, so comparing them is a walk over two sorted long arrays, and a
 * lookup here probes one primitive table ({@link UnitCounts}) instead of a string-keyed map whose
 * hundreds of thousands of entries miss the CPU cache several times per term. A collision (about
 * one in 10^19 per pair of terms) would only merge two terms' weights. The prior of {@value
 * #PRIOR_DOCUMENTS} pseudo-documents keeps weights flat while few articles are known, so the first
 * articles' order barely matters. Rare terms are pruned when the table grows past {@code maxTerms}
 * (memory stays bounded).
 */
final class DocumentFrequencies {
  static final int PRIOR_DOCUMENTS = 50;
  static final int MAX_TERMS = 400_000;

  private final int maxTerms;
  private final UnitCounts counts = new UnitCounts();
  private long documents;

  DocumentFrequencies(int maxTerms) {
    this.maxTerms = maxTerms;
  }

  /** A term's 64-bit hash: the shingle hash of {@link MinHasher}, mixed so low bits index. */
  static long hash(String term) {
    return MinHasher.mix(MinHasher.fnv(term));
  }

  /** Counts one document with these distinct term hashes. */
  void add(long[] terms) {
    documents++;
    for (long term : terms) {
      counts.increment(term);
    }
    // Prune the rarest terms down to 3/4 of the cap, so pruning runs rarely (amortised O(1) per
    // document).
    if (counts.size() > maxTerms) {
      for (int limit = 1; counts.size() > maxTerms * 3 / 4; limit++) {
        counts.removeAtMost(limit);
      }
    }
  }

  double idf(long term) {
    return Math.log((documents + PRIOR_DOCUMENTS) / (counts.get(term) + 1.0));
  }

  /** Terms with a frequency. */
  int size() {
    return counts.size();
  }
}
