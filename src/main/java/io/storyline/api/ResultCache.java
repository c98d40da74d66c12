package io.storyline.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The one in-memory cache of derived results: serialised views (timelines, summaries), a story's
 * merged events and its ranked summary, computed once per story version and kept, least recently
 * used first out, within one byte budget ({@code storyline.view-cache-mb}, at most a quarter of the
 * heap). Keys carry the story version, so a change to a story makes its old entries unreachable;
 * they age out. Instances sharing a database stay consistent because the version is read from it. A
 * key's {@code kind} fixes the type of its value.
 */
@ApplicationScoped
public class ResultCache {
  private record Entry(Object value, long bytes) {}

  private final long budgetBytes;
  private final LinkedHashMap<CacheKey, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  @Inject
  ResultCache(StorylineConfig config) {
    this(config.viewCacheMegabytes() * 1024L * 1024L, Runtime.getRuntime().maxMemory());
  }

  /**
   * At most a quarter of the heap, whatever is configured: under a small heap (a serverless
   * -Xmx256m) the default budget, once reads had filled it, would leave no room for the rest.
   */
  ResultCache(long configuredBytes, long maxHeapBytes) {
    this.budgetBytes = Math.min(configuredBytes, maxHeapBytes / 4);
  }

  /** The bytes the cache may hold. */
  long budgetBytes() {
    return budgetBytes;
  }

  /** A serialised view, counted by its size. */
  public Representation get(CacheKey key, Supplier<Representation> compute) {
    return get(key, compute, Representation::size);
  }

  /** A derived result, counted by {@code bytes} (an estimate of what it holds in memory). */
  public <T> T get(CacheKey key, Supplier<T> compute, ToLongFunction<T> bytes) {
    synchronized (this) {
      Entry cached = entries.get(key);
      if (cached != null) {
        @SuppressWarnings("unchecked") // one kind, one type: see the class comment
        T value = (T) cached.value();
        return value;
      }
    }
    // Computed outside the lock: two racing requests may both compute, and both results are equal.
    T computed = compute.get();
    Entry entry = new Entry(computed, bytes.applyAsLong(computed));
    synchronized (this) {
      Entry previous = entries.put(key, entry);
      this.bytes += entry.bytes() - (previous == null ? 0 : previous.bytes());
      var oldest = entries.entrySet().iterator();
      while (this.bytes > budgetBytes && oldest.hasNext()) {
        Map.Entry<CacheKey, Entry> evicted = oldest.next();
        this.bytes -= evicted.getValue().bytes();
        oldest.remove();
      }
    }
    return computed;
  }
}
