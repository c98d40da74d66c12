package io.storyline.story;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Mutable clustering state of one story (its persisted form is the Story entity): a centroid over
 * term hashes capped to its heaviest terms (at most 1.5 × cap between truncations), and its time
 * span. The centroid is two parallel arrays, hashes ascending, so a cosine with an article vector
 * is one merge walk.
 */
final class StoryCluster {
  final long id;
  Instant first;
  Instant last;
  int articles;
  private long[] terms = new long[0];
  private double[] weights = new double[0];
  private double norm;

  StoryCluster(long id, Instant publishedAt) {
    this.id = id;
    this.first = publishedAt;
    this.last = publishedAt;
  }

  void add(TermVector vector, Instant publishedAt, int maxTerms) {
    merge(vector.terms(), vector.weights());
    if (terms.length > maxTerms + maxTerms / 2) {
      // truncate in batches: sorting on every add is the main cost
      long[] kept = heaviest(maxTerms);
      Arrays.sort(kept);
      double[] keptWeights = new double[kept.length];
      for (int k = 0, i = 0; k < kept.length; k++) {
        while (terms[i] != kept[k]) {
          i++;
        }
        keptWeights[k] = weights[i];
      }
      terms = kept;
      weights = keptWeights;
    }
    double squares = 0;
    for (double w : weights) {
      squares += w * w;
    }
    norm = Math.sqrt(squares);
    articles++;
    first = publishedAt.isBefore(first) ? publishedAt : first;
    last = publishedAt.isAfter(last) ? publishedAt : last;
  }

  /** Adds the weights of a vector (hashes ascending) to the centroid's. */
  private void merge(long[] ids, double[] add) {
    long[] mergedIds = new long[terms.length + ids.length];
    double[] mergedWeights = new double[mergedIds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < terms.length || j < ids.length) {
      if (j == ids.length || (i < terms.length && terms[i] < ids[j])) {
        mergedIds[n] = terms[i];
        mergedWeights[n++] = weights[i++];
      } else if (i == terms.length || ids[j] < terms[i]) {
        mergedIds[n] = ids[j];
        mergedWeights[n++] = add[j++];
      } else {
        mergedIds[n] = terms[i];
        mergedWeights[n++] = weights[i++] + add[j++];
      }
    }
    terms = Arrays.copyOf(mergedIds, n);
    weights = Arrays.copyOf(mergedWeights, n);
  }

  /** Cosine between a unit-length article vector and the centroid. */
  double cosine(TermVector vector) {
    if (norm == 0) {
      return 0;
    }
    long[] ids = vector.terms();
    double[] w = vector.weights();
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < ids.length) {
      if (terms[i] < ids[j]) {
        i++;
      } else if (terms[i] > ids[j]) {
        j++;
      } else {
        dot += weights[i++] * w[j++];
      }
    }
    return dot / norm;
  }

  /** Seconds from the instant to this story's span (0 inside it). */
  long secondsAway(Instant t) {
    if (t.isBefore(first)) {
      return first.getEpochSecond() - t.getEpochSecond();
    }
    return t.isAfter(last) ? t.getEpochSecond() - last.getEpochSecond() : 0;
  }

  /**
   * The n heaviest centroid terms, heaviest first (ties by hash, so results do not depend on the
   * order terms came in).
   */
  long[] heaviest(int n) {
    Comparator<Integer> lightestFirst =
        Comparator.<Integer>comparingDouble(i -> weights[i])
            .thenComparing(Comparator.comparingLong((Integer i) -> terms[i]).reversed());
    PriorityQueue<Integer> top = new PriorityQueue<>(n + 1, lightestFirst);
    for (int i = 0; i < terms.length; i++) {
      if (top.size() < n) {
        top.add(i);
      } else if (lightestFirst.compare(i, top.peek()) > 0) {
        top.poll();
        top.add(i);
      }
    }
    long[] out = new long[top.size()];
    for (int k = out.length - 1; k >= 0; k--) {
      out[k] = terms[top.poll()];
    }
    return out;
  }
}
