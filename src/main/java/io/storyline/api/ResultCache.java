package io.storyline.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The one in-memory cache of derived results: serialised views (timelines, summaries), a story's
 * merged events and its ranked summary, computed once per story version, and the texts of articles
 * just written, which the recomputation of their stories reads next. Kept, least recently used
 * first out, within one byte budget ({@code storyline.view-cache-mb}). Keys carry the story
 * version, so a change to a story makes its old entries unreachable; they age out. Instances
 * sharing a database stay consistent because the version is read from it. A key's {@code kind}
 * fixes the type of its value.
 */
@ApplicationScoped
public class ResultCache {
  private record Entry(Object value, long bytes) {}

  private final long budgetBytes;
  private final LinkedHashMap<CacheKey, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  ResultCache(StorylineConfig config) {
    this.budgetBytes = config.viewCacheMegabytes() * 1024L * 1024L;
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
