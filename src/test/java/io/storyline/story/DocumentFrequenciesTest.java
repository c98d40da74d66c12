package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
  private static long[] hashes(String... terms) {
    return List.of(terms).stream().mapToLong(DocumentFrequencies::hash).toArray();
  }

  private static double idf(long documents, int count) {
    return Math.log((documents + DocumentFrequencies.PRIOR_DOCUMENTS) / (count + 1.0));
  }

  @Test
  void countsDocumentsPerTerm() {
    DocumentFrequencies frequencies = new DocumentFrequencies(DocumentFrequencies.MAX_TERMS);
    frequencies.add(hashes("talk", "geneva"));
    frequencies.add(hashes("talk"));
    assertEquals(idf(2, 2), frequencies.idf(DocumentFrequencies.hash("talk")), 1e-12);
    assertEquals(idf(2, 1), frequencies.idf(DocumentFrequencies.hash("geneva")), 1e-12);
    assertEquals(idf(2, 0), frequencies.idf(DocumentFrequencies.hash("unseen")), 1e-12);
  }

  @Test
  void pruningForgetsTheRarestTermsFirst() {
    DocumentFrequencies frequencies = new DocumentFrequencies(4);
    frequencies.add(hashes("common", "rare", "other", "last"));
    frequencies.add(hashes("common", "other", "last"));
    frequencies.add(hashes("common", "once")); // 5 terms: over the cap, pruned to 3 (3/4 of it)

    assertEquals(3, frequencies.size());
    assertEquals(idf(3, 3), frequencies.idf(DocumentFrequencies.hash("common")), 1e-12);
    assertEquals(idf(3, 2), frequencies.idf(DocumentFrequencies.hash("other")), 1e-12);
    assertEquals(idf(3, 2), frequencies.idf(DocumentFrequencies.hash("last")), 1e-12);
    assertEquals(idf(3, 0), frequencies.idf(DocumentFrequencies.hash("rare")), 1e-12);
    assertEquals(idf(3, 0), frequencies.idf(DocumentFrequencies.hash("once")), 1e-12);
  }

  @Test
  void theTableGrowsAndStaysBoundedByItsCap() {
    DocumentFrequencies frequencies = new DocumentFrequencies(5_000);
    for (int doc = 0; doc < 100; doc++) {
      long[] terms = new long[201];
      for (int t = 0; t < 200; t++) {
        terms[t] = DocumentFrequencies.hash("term" + (doc * 150 + t)); // 50 shared with the next
      }
      terms[200] = DocumentFrequencies.hash("everywhere");
      frequencies.add(terms);
      assertTrue(frequencies.size() <= 5_000, () -> "size " + frequencies.size());
    }
    // 15,051 distinct terms went in; what every document has survives every prune.
    assertEquals(idf(100, 100), frequencies.idf(DocumentFrequencies.hash("everywhere")), 1e-12);
  }

  @Test
  void hashesOfDistinctWordsDiffer() {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      seen.add(DocumentFrequencies.hash("w" + i));
    }
    assertEquals(100_000, seen.size());
    assertNotEquals(DocumentFrequencies.hash("@geneva"), DocumentFrequencies.hash("geneva"));
  }
}
