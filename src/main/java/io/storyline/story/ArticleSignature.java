package io.storyline.story;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * MinHash signature of an article's shingle set (see {@link MinHasher}): {@code similarity}
 * estimates the Jaccard similarity of two articles' shingle sets. Immutable; stored as bytes by the
 * service. The bytes start with the format, that is the hash functions: signatures of different
 * formats cannot be compared, and one of an earlier format ({@link #current()} false) must be
 * computed again from the article's text.
 */
public final class ArticleSignature {
  /**
   * Format 1: SplitMix64 of shingle ^ seed. Format 2: multiply-add-shift, one function per
   * position. Format 3: one permutation hashing with densification ({@link MinHasher}).
   */
  private static final byte FORMAT = 3;

  private static final byte FIRST_FORMAT = 1;
  private final byte format;
  private final int[] minima;
  private final int shingleCount;

  ArticleSignature(int[] minima, int shingleCount) {
    this(FORMAT, minima, shingleCount);
  }

  private ArticleSignature(byte format, int[] minima, int shingleCount) {
    this.format = format;
    this.minima = minima;
    this.shingleCount = shingleCount;
  }

  /** Whether this signature was made by today's hash functions (it can be compared). */
  public boolean current() {
    return format == FORMAT;
  }

  /** Estimated Jaccard similarity in [0, 1]: the share of positions where both minima agree. */
  public double similarity(ArticleSignature other) {
    if (other.minima.length != minima.length || other.format != format) {
      throw new IllegalArgumentException("signatures of different lengths or formats");
    }
    if (shingleCount == 0 || other.shingleCount == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < minima.length; i++) {
      if (minima[i] == other.minima[i]) {
        same++;
      }
    }
    return (double) same / minima.length;
  }

  /** How many distinct shingles the article had (0 for a text without content words). */
  public int shingleCount() {
    return shingleCount;
  }

  int length() {
    return minima.length;
  }

  int minimum(int i) {
    return minima[i];
  }

  /** Format byte, shingle count, signature length, minima: big-endian, 9 + 4·length bytes. */
  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(9 + 4 * minima.length);
    buffer.put(format).putInt(shingleCount).putInt(minima.length);
    for (int m : minima) {
      buffer.putInt(m);
    }
    return buffer.array();
  }

  public static ArticleSignature fromBytes(byte[] bytes) {
    if (bytes.length < 9 || bytes[0] < FIRST_FORMAT || bytes[0] > FORMAT) {
      throw new IllegalArgumentException(
          "not an article signature (formats " + FIRST_FORMAT + " to " + FORMAT + ")");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    byte format = buffer.get();
    int shingles = buffer.getInt();
    int length = buffer.getInt();
    if (length <= 0 || bytes.length != 9 + 4 * length || shingles < 0) {
      throw new IllegalArgumentException("article signature has a bad length");
    }
    int[] minima = new int[length];
    for (int i = 0; i < length; i++) {
      minima[i] = buffer.getInt();
    }
    return new ArticleSignature(format, minima, shingles);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleSignature s
        && s.format == format
        && s.shingleCount == shingleCount
        && Arrays.equals(s.minima, minima);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minima) + shingleCount;
  }

  @Override
  public String toString() {
    return "ArticleSignature["
        + shingleCount
        + " shingles, "
        + minima.length
        + " hashes, format "
        + format
        + "]";
  }
}
