package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitCountsTest {
  @Test
  void countsAgreeWithAMapThroughGrowthIncludingKeyZeroAndCollidingLowBits() {
    countsAgreeWithAMap(new UnitCounts());
  }

  @Test
  void aTableSizedForFewerKeysThanItGetsStillGrowsAndCountsRight() {
    countsAgreeWithAMap(new UnitCounts(1_000));
  }

  @Test
  void aTableSizedForItsKeysCountsRight() {
    countsAgreeWithAMap(new UnitCounts(50_000));
  }

  private static void countsAgreeWithAMap(UnitCounts counts) {
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 50_000; i++) {
      // a third of the keys share their low 16 bits, so probing runs long
      long key =
          switch (i % 3) {
            case 0 -> random.nextLong();
            case 1 -> ((long) random.nextInt(500) << 16) | 0xBEEF;
            default -> random.nextInt(10) == 0 ? 0 : random.nextInt(2_000);
          };
      counts.increment(key);
      expected.merge(key, 1, Integer::sum);
    }
    expected.forEach((key, count) -> assertEquals(count, counts.get(key), "key " + key));
    assertEquals(0, counts.get(123_456_789_012L));
    assertEquals(expected.size(), counts.size());

    // Removing the rare keys leaves the others findable, though removals cut their probe chains.
    counts.removeAtMost(2);
    expected.values().removeIf(count -> count <= 2);
    expected.forEach((key, count) -> assertEquals(count, counts.get(key), "key " + key));
    assertEquals(expected.size(), counts.size());
    counts.increment(((long) 7 << 16) | 0xBEEF);
    assertEquals(
        expected.getOrDefault(((long) 7 << 16) | 0xBEEF, 0) + 1,
        counts.get(((long) 7 << 16) | 0xBEEF));
  }
}
