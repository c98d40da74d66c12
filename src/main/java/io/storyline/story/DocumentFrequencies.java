package io.storyline.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The terms story assignment has met, each with a small integer id, and their running document
 * frequencies for IDF weights. Vectors and centroids hold ids, so comparing them is a walk over two
 * sorted int arrays rather than a string hash lookup per term. The prior of {@value
 * #PRIOR_DOCUMENTS} pseudo-documents keeps weights flat while few articles are known, so the first
 * articles' order barely matters. Rare terms are pruned when more than {@code maxTerms} have a
 * frequency (memory stays bounded); ids are then renumbered, and the caller renumbers what it
 * holds.
 */
final class DocumentFrequencies {
  static final int PRIOR_DOCUMENTS = 50;
  static final int MAX_TERMS = 400_000;

  private final int maxTerms;
  private final Map<String, Integer> ids = new HashMap<>();
  private String[] terms = new String[1024];
  private int[] counts = new int[1024];

  /** Ids handed out: 0 to size - 1. */
  private int size;

  /** Terms with a frequency above zero. */
  private int counted;

  private long documents;

  DocumentFrequencies(int maxTerms) {
    this.maxTerms = maxTerms;
  }

  /** The term's id, a new one if the term is new (its frequency is then 0). */
  int id(String term) {
    Integer known = ids.get(term);
    if (known != null) {
      return known;
    }
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    terms[size] = term;
    ids.put(term, size);
    return size++;
  }

  String term(int id) {
    return terms[id];
  }

  /** Counts one document with these distinct terms. */
  void add(int[] termIds) {
    documents++;
    for (int id : termIds) {
      if (counts[id]++ == 0) {
        counted++;
      }
    }
  }

  /** Whether {@link #prune} is due: more than {@code maxTerms} terms have a frequency. */
  boolean full() {
    return counted > maxTerms;
  }

  /**
   * Forgets the rarest frequencies until 3/4 of the cap remain (so pruning runs rarely: amortised
   * O(1) per document), then drops the terms left with no frequency that {@code held} does not
   * claim, and renumbers the rest in their old order.
   *
   * @return each old id's new id, or -1 for a dropped term
   */
  int[] prune(IntPredicate held) {
    for (int limit = 1; counted > maxTerms * 3 / 4; limit++) {
      for (int id = 0; id < size; id++) {
        if (counts[id] > 0 && counts[id] <= limit) {
          counts[id] = 0;
          counted--;
        }
      }
    }
    int[] renumbered = new int[size];
    int kept = 0;
    for (int id = 0; id < size; id++) {
      if (counts[id] > 0 || held.test(id)) {
        terms[kept] = terms[id];
        counts[kept] = counts[id];
        renumbered[id] = kept++;
      } else {
        ids.remove(terms[id]);
        renumbered[id] = -1;
      }
    }
    Arrays.fill(terms, kept, size, null);
    Arrays.fill(counts, kept, size, 0);
    size = kept;
    for (int id = 0; id < size; id++) {
      ids.put(terms[id], id);
    }
    return renumbered;
  }

  double idf(int id) {
    return Math.log((documents + PRIOR_DOCUMENTS) / (counts[id] + 1.0));
  }

  /** Terms with an id (for tests). */
  int size() {
    return size;
  }
}
