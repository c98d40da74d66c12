package io.storyline.story;

import java.util.Arrays;
import java.util.List;

/**
 * Builds {@link ArticleSignature}s. Shingles are skip-grams over stemmed content words (pairs at
 * distance 1 to {@value #SKIP}, stop words removed): a synonym "spinner" that swaps one word in
 * five still leaves most pairs intact, while different articles on the same story share few pairs.
 *
 * <p>One permutation hashing with optimal densification (Li, Owen and Zhang 2012; Shrivastava
 * 2017): each shingle's hash picks one of {@value #LENGTH} bins by its top bits and competes for
 * that bin's minimum with the rest of its bits, and an empty bin takes the minimum of the first
 * non-empty bin on a probe sequence fixed per bin. Two signatures agree in a bin with probability
 * the Jaccard similarity of the shingle sets, as with {@value #LENGTH} independent hash functions,
 * at one hash per shingle instead of {@value #LENGTH}: under C1 the per-function loop was the
 * largest share of an article's feature extraction. Thread-safe.
 */
public final class MinHasher {
  /** Bins per signature (a power of two: a hash's top {@value #BIN_BITS} bits pick the bin). */
  public static final int LENGTH = 128;

  private static final int BIN_BITS = 7;

  static final int SKIP = 3;

  /** A bin no shingle fell into, before densification. */
  private static final int EMPTY = -1;

  /**
   * Probes an empty bin makes for a non-empty one before it stays empty (only sets of few
   * shingles).
   */
  private static final int MAX_PROBES = 4 * LENGTH;

  public ArticleSignature sign(List<String> contentStems) {
    long[] hashes = new long[contentStems.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = fnv(contentStems.get(i));
    }
    // Distinct shingles by sort + dedupe on primitives (a HashSet<Long> was the extraction hot
    // spot); the signature needs no dedupe, the stored count of distinct shingles does.
    long[] shingles = new long[hashes.length * SKIP];
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      for (int j = i + 1; j <= i + SKIP && j < hashes.length; j++) {
        shingles[n++] = mix(hashes[i] * 31 + hashes[j]);
      }
    }
    Arrays.sort(shingles, 0, n);
    int distinct = 0;
    int[] bins = new int[LENGTH];
    Arrays.fill(bins, EMPTY);
    for (int s = 0; s < n; s++) {
      long shingle = shingles[s];
      if (s > 0 && shingle == shingles[s - 1]) {
        continue;
      }
      distinct++;
      int bin = (int) (shingle >>> (64 - BIN_BITS));
      // The next 31 bits, below the bin's: non-negative, so EMPTY (-1) stays below any value.
      int value = (int) (shingle >>> (64 - BIN_BITS - 31)) & Integer.MAX_VALUE;
      if (bins[bin] == EMPTY || value < bins[bin]) {
        bins[bin] = value;
      }
    }
    return new ArticleSignature(densified(bins), distinct);
  }

  /**
   * Each empty bin takes the value of the first non-empty bin on its own probe sequence (the same
   * for every signature, so two sets agree in a filled bin with the probability they agree in the
   * bin it copies). A signature without shingles keeps its bins at {@link Integer#MAX_VALUE}.
   */
  private static int[] densified(int[] bins) {
    int[] minima = new int[LENGTH];
    for (int bin = 0; bin < LENGTH; bin++) {
      int value = bins[bin];
      for (int probe = 1; value == EMPTY && probe <= MAX_PROBES; probe++) {
        value = bins[(int) (mix(bin * 0x9E3779B97F4A7C15L + probe) >>> (64 - BIN_BITS))];
      }
      minima[bin] = value == EMPTY ? Integer.MAX_VALUE : value;
    }
    return minima;
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
