package io.storyline.story;

import java.util.Arrays;
import java.util.List;

/**
 * Builds {@link ArticleSignature}s. Shingles are skip-grams over stemmed content words (pairs at
 * distance 1 to {@value #SKIP}, stop words removed): a synonym "spinner" that swaps one word in
 * five still leaves most pairs intact, while different articles on the same story share few pairs.
 * Thread-safe.
 */
public final class MinHasher {
  /** Hash functions per signature. */
  public static final int LENGTH = 128;

  static final int SKIP = 3;

  /**
   * Multipliers (odd) and addends of the {@value #LENGTH} hash functions {@code (a·x + b) >>> 33}
   * over a shingle's 64-bit hash x: multiply-add-shift, a 2-independent family (Dietzfelbinger),
   * the textbook MinHash construction, at one multiplication per shingle and function.
   */
  private static final long[] MULTIPLIERS = new long[LENGTH];

  private static final long[] ADDENDS = new long[LENGTH];

  static {
    long seed =
        0x9E3779B97F4A7C15L; // fixed: signatures stored in the database must stay comparable
    for (int i = 0; i < LENGTH; i++) {
      seed = mix(seed + 0x632BE59BD9B4E019L);
      MULTIPLIERS[i] = seed | 1;
      seed = mix(seed + 0x632BE59BD9B4E019L);
      ADDENDS[i] = seed;
    }
  }

  public ArticleSignature sign(List<String> contentStems) {
    long[] hashes = new long[contentStems.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = fnv(contentStems.get(i));
    }
    // Distinct shingles by sort + dedupe on primitives (a HashSet<Long> was the extraction hot
    // spot).
    long[] shingles = new long[hashes.length * SKIP];
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      for (int j = i + 1; j <= i + SKIP && j < hashes.length; j++) {
        shingles[n++] = mix(hashes[i] * 31 + hashes[j]);
      }
    }
    Arrays.sort(shingles, 0, n);
    int distinct = 0;
    for (int s = 0; s < n; s++) {
      if (s == 0 || shingles[s] != shingles[s - 1]) {
        shingles[distinct++] = shingles[s];
      }
    }
    // Minimum of the upper 31 bits of a·x + b, as an int (non-negative). Four functions per pass
    // over the shingles: the service runs C1-compiled code, which neither unrolls nor vectorises
    // this loop, so one pass per function paid the loop, load and bounds check 128 times. The
    // SplitMix64 finaliser per shingle and function that format 1 computed here was most of the
    // cost of analysing an article's features.
    int[] minima = new int[LENGTH];
    for (int k = 0; k < LENGTH; k += 4) {
      long a0 = MULTIPLIERS[k];
      long a1 = MULTIPLIERS[k + 1];
      long a2 = MULTIPLIERS[k + 2];
      long a3 = MULTIPLIERS[k + 3];
      long b0 = ADDENDS[k];
      long b1 = ADDENDS[k + 1];
      long b2 = ADDENDS[k + 2];
      long b3 = ADDENDS[k + 3];
      long min0 = Integer.MAX_VALUE; // the empty signature's value
      long min1 = Integer.MAX_VALUE;
      long min2 = Integer.MAX_VALUE;
      long min3 = Integer.MAX_VALUE;
      for (int s = 0; s < distinct; s++) {
        long shingle = shingles[s];
        min0 = Math.min(min0, (a0 * shingle + b0) >>> 33);
        min1 = Math.min(min1, (a1 * shingle + b1) >>> 33);
        min2 = Math.min(min2, (a2 * shingle + b2) >>> 33);
        min3 = Math.min(min3, (a3 * shingle + b3) >>> 33);
      }
      minima[k] = (int) min0;
      minima[k + 1] = (int) min1;
      minima[k + 2] = (int) min2;
      minima[k + 3] = (int) min3;
    }
    return new ArticleSignature(minima, distinct);
  }

  /** FNV-1a over the chars (its low bits are weak: {@link #mix} them before indexing). */
  static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64 finaliser: a cheap, well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
