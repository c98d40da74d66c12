package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
  @Test
  void pruningForgetsTheRarestAndRenumbersTheRestInOrder() {
    DocumentFrequencies frequencies = new DocumentFrequencies(4);
    int common = frequencies.id("common");
    int rare = frequencies.id("rare");
    int held = frequencies.id("held");
    int other = frequencies.id("other");
    int last = frequencies.id("last");
    frequencies.add(new int[] {common, rare, held, other, last});
    frequencies.add(new int[] {common, other, last});
    frequencies.add(new int[] {common});
    assertTrue(frequencies.full()); // 5 terms with a frequency, cap 4
    double unseen = Math.log((3 + DocumentFrequencies.PRIOR_DOCUMENTS) / 1.0);

    // Down to 3 (3/4 of the cap): the terms seen once go; "held" is still claimed by a story.
    int[] renumbered = frequencies.prune(id -> id == held);

    assertArrayEquals(new int[] {0, -1, 1, 2, 3}, renumbered);
    assertFalse(frequencies.full());
    assertEquals(4, frequencies.size());
    assertEquals("common", frequencies.term(renumbered[common]));
    assertEquals("held", frequencies.term(renumbered[held]));
    assertEquals(unseen, frequencies.idf(renumbered[held]), 1e-12); // its frequency is forgotten
    assertEquals(Math.log(53 / 4.0), frequencies.idf(renumbered[common]), 1e-12);
    assertEquals(Math.log(53 / 3.0), frequencies.idf(renumbered[other]), 1e-12);
    assertEquals(renumbered[last], frequencies.id("last"));
    assertEquals(4, frequencies.id("rare")); // a dropped term comes back as a new one
    assertEquals(unseen, frequencies.idf(4), 1e-12);
  }
}
