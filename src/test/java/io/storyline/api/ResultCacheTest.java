package io.storyline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
  private static final long MB = 1024 * 1024;

  @Test
  void theBudgetIsTheConfiguredOneUnlessItExceedsAQuarterOfTheHeap() {
    assertEquals(256 * MB, new ResultCache(256 * MB, 1024 * MB).budgetBytes());
    assertEquals(64 * MB, new ResultCache(256 * MB, 256 * MB).budgetBytes());
    assertEquals(16 * MB, new ResultCache(16 * MB, 256 * MB).budgetBytes());
  }

  @Test
  void beyondTheBudgetTheLeastRecentlyUsedResultGoesFirst() {
    ResultCache cache = new ResultCache(10, 1024);
    List<String> computed = new ArrayList<>();
    for (String view : List.of("one", "two", "one", "three", "one", "two")) {
      cache.get(
          new CacheKey("view", 1, 0, view),
          () -> {
            computed.add(view);
            return view;
          },
          v -> 4);
    }
    // "one" and "two" fit (8 bytes); "three" pushes out "two", the least recently used.
    assertEquals(List.of("one", "two", "three", "two"), computed);
  }
}
