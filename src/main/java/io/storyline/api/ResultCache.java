package io.storyline.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The one in-memory cache of derived results: serialised views (timelines, summaries), a story's
 * merged events and its ranked summary, computed once per story version, and the texts of articles
 * just written, which the recomputation of their stories reads next. Kept, least recently used
 * first out, within one byte budget ({@code storyline.view-cache-mb}, at most a quarter of the
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
   * At most a quarter of the heap, whatever is configured: writes fill the cache too (the texts of
   * new articles), so under a small heap (a serverless -Xmx256m) the configured default would not
   * leave room for the rest.
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
    Optional<T> cached = find(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    // Computed outside the lock: two racing requests may both compute, and both results are equal.
    T computed = compute.get();
    put(key, computed, bytes.applyAsLong(computed));
    return computed;
  }

  /** The cached result of {@code key}, if it is held. */
  public synchronized <T> Optional<T> find(CacheKey key) {
    Entry cached = entries.get(key);
    @SuppressWarnings("unchecked") // one kind, one type: see the class comment
    T value = cached == null ? null : (T) cached.value();
    return Optional.ofNullable(value);
  }

  /** Drops the result of {@code key}, if it is held. */
  public synchronized void remove(CacheKey key) {
    Entry removed = entries.remove(key);
    if (removed != null) {
      bytes -= removed.bytes();
    }
  }

  /**
   * Keeps a result known before it is asked for (what a write has just computed), counted by {@code
   * bytes}.
   */
  public synchronized void put(CacheKey key, Object value, long bytes) {
    Entry previous = entries.put(key, new Entry(value, bytes));
    this.bytes += bytes - (previous == null ? 0 : previous.bytes());
    var oldest = entries.entrySet().iterator();
    while (this.bytes > budgetBytes && oldest.hasNext()) {
      Map.Entry<CacheKey, Entry> evicted = oldest.next();
      this.bytes -= evicted.getValue().bytes();
      oldest.remove();
    }
  }
}
