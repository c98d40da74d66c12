package io.storyline.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Running document frequencies for IDF weights. The prior of {@value #PRIOR_DOCUMENTS}
 * pseudo-documents keeps weights flat while few articles are known, so the first articles' order
 * barely matters. Rare terms are pruned when the table grows past {@value #MAX_TERMS} (memory stays
 * bounded).
 */
final class DocumentFrequencies {
  static final int PRIOR_DOCUMENTS = 50;
  static final int MAX_TERMS = 400_000;
  private final Map<String, Integer> counts = new HashMap<>();
  private long documents;

  void add(Iterable<String> terms) {
    documents++;
    for (String term : terms) {
      counts.merge(term, 1, Integer::sum);
    }
    // Prune the rarest terms down to 3/4 of the cap, so pruning runs rarely (amortised O(1) per
    // document).
    if (counts.size() > MAX_TERMS) {
      for (int limit = 1; counts.size() > MAX_TERMS * 3 / 4; limit++) {
        final int rare = limit;
        counts.values().removeIf(c -> c <= rare);
      }
    }
  }

  double idf(String term) {
    return Math.log((documents + PRIOR_DOCUMENTS) / (counts.getOrDefault(term, 0) + 1.0));
  }
}
