package io.storyline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
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
  void whatAWriteKeepsIsFoundAndTheLeastRecentlyUsedGoFirstBeyondTheBudget() {
    ResultCache cache = new ResultCache(10, 1024);
    cache.put(CacheKey.of("text", 1, 0), "first", 4);
    cache.put(CacheKey.of("text", 2, 0), "second", 4);
    assertEquals(Optional.of("first"), cache.find(CacheKey.of("text", 1, 0)));
    // 1 was used last: the third entry pushes 2 out.
    cache.put(CacheKey.of("text", 3, 0), "third", 4);
    assertEquals(Optional.empty(), cache.find(CacheKey.of("text", 2, 0)));
    assertEquals(Optional.of("first"), cache.find(CacheKey.of("text", 1, 0)));
    assertEquals(Optional.of("third"), cache.find(CacheKey.of("text", 3, 0)));
    assertEquals("third", cache.get(CacheKey.of("text", 3, 0), () -> "computed", String::length));
    assertTrue(cache.find(CacheKey.of("text", 4, 0)).isEmpty());
  }
}
