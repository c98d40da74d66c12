package io.storyline.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serialised story views (timelines, summaries), computed once per story version and kept, least
 * recently used first out, within a byte budget. Keys carry the story version, so a change to a
 * story makes its old entries unreachable; they age out. Instances sharing a database stay
 * consistent because the version is read from it.
 */
@ApplicationScoped
public class RepresentationCache {
  private final long budgetBytes;
  private final LinkedHashMap<CacheKey, Representation> entries =
      new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  RepresentationCache(StorylineConfig config) {
    this.budgetBytes = config.viewCacheMegabytes() * 1024L * 1024L;
  }

  public Representation get(CacheKey key, Supplier<Representation> compute) {
    synchronized (this) {
      Representation cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
    }
    // Computed outside the lock: two racing requests may both compute, and both results are equal.
    Representation computed = compute.get();
    synchronized (this) {
      Representation previous = entries.put(key, computed);
      bytes += computed.size() - (previous == null ? 0 : previous.size());
      var oldest = entries.entrySet().iterator();
      while (bytes > budgetBytes && oldest.hasNext()) {
        Map.Entry<CacheKey, Representation> evicted = oldest.next();
        bytes -= evicted.getValue().size();
        oldest.remove();
      }
    }
    return computed;
  }
}
