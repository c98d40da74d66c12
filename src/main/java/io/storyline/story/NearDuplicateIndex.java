package io.storyline.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LSH banding over {@link ArticleSignature}s: {@value #BANDS} bands of {@value #ROWS} minima. Two
 * articles with Jaccard J share a band with probability 1-(1-J²)³²: 0.73 at J=0.2, 0.995 at J=0.4,
 * 0.03 at J=0.03 (same story, different article), so lookup touches only likely copies; candidates
 * are then verified on the full signature. Thread-safe (one lock; lookups are microseconds).
 */
public final class NearDuplicateIndex {
  /**
   * Estimated Jaccard at or above which two articles are near-duplicates (demo: spun copy 0.41,
   * others ≤ 0.04).
   */
  public static final double DEFAULT_THRESHOLD = 0.2;

  static final int BANDS = 32;
  static final int ROWS = 2;
  static final int MAX_BUCKET = 256;
  private static final long[] EMPTY = new long[0];

  private final double threshold;
  private final Map<Long, long[]> buckets = new HashMap<>();
  private final Map<Long, ArticleSignature> signatures = new HashMap<>();

  public NearDuplicateIndex() {
    this(DEFAULT_THRESHOLD);
  }

  public NearDuplicateIndex(double threshold) {
    this.threshold = threshold;
  }

  public synchronized void add(long articleId, ArticleSignature signature) {
    remove(articleId);
    signatures.put(articleId, signature);
    if (signature.shingleCount() == 0) {
      return; // empty texts are copies of each other only trivially
    }
    for (int band = 0; band < BANDS; band++) {
      long key = bandKey(signature, band);
      long[] ids = buckets.getOrDefault(key, EMPTY);
      // A bucket keeps its newest MAX_BUCKET ids: thousands of identical texts must not make adds
      // quadratic.
      int from = Math.max(0, ids.length + 1 - MAX_BUCKET);
      long[] grown = Arrays.copyOfRange(ids, from, ids.length + 1);
      grown[grown.length - 1] = articleId;
      buckets.put(key, grown);
    }
  }

  public synchronized void remove(long articleId) {
    ArticleSignature signature = signatures.remove(articleId);
    if (signature == null || signature.shingleCount() == 0) {
      return;
    }
    for (int band = 0; band < BANDS; band++) {
      long key = bandKey(signature, band);
      long[] ids = buckets.getOrDefault(key, EMPTY);
      long[] kept = Arrays.stream(ids).filter(id -> id != articleId).toArray();
      if (kept.length == 0) {
        buckets.remove(key);
      } else {
        buckets.put(key, kept);
      }
    }
  }

  /** Indexed articles at or above the threshold, most similar first. */
  public synchronized List<NearDuplicate> candidates(ArticleSignature signature) {
    List<NearDuplicate> found = new ArrayList<>();
    if (signature.shingleCount() == 0) {
      return found;
    }
    Set<Long> seen = new HashSet<>();
    for (int band = 0; band < BANDS; band++) {
      for (long id : buckets.getOrDefault(bandKey(signature, band), EMPTY)) {
        if (seen.add(id)) {
          double similarity = signatures.get(id).similarity(signature);
          if (similarity >= threshold) {
            found.add(new NearDuplicate(id, similarity));
          }
        }
      }
    }
    found.sort(
        Comparator.comparingDouble(NearDuplicate::similarity)
            .reversed()
            .thenComparingLong(NearDuplicate::articleId));
    return found;
  }

  /** The most similar indexed article at or above the threshold. */
  public Optional<NearDuplicate> nearest(ArticleSignature signature) {
    return candidates(signature).stream().findFirst();
  }

  public synchronized int size() {
    return signatures.size();
  }

  private static long bandKey(ArticleSignature signature, int band) {
    long key = band;
    for (int r = 0; r < ROWS; r++) {
      key = MinHasher.mix(key * 0x9E3779B97F4A7C15L + signature.minimum(band * ROWS + r));
    }
    return key;
  }
}
