package io.storyline.story;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Mutable clustering state of one story (its persisted form is the Story entity): a centroid over
 * term ids capped to its heaviest terms (at most 1.5 × cap between truncations), and its time span.
 * The centroid is two parallel arrays, ids ascending, so a cosine with an article vector is one
 * merge walk.
 */
final class StoryCluster {
  final long id;
  Instant first;
  Instant last;
  int articles;
  private int[] termIds = new int[0];
  private double[] weights = new double[0];
  private double norm;

  StoryCluster(long id, Instant publishedAt) {
    this.id = id;
    this.first = publishedAt;
    this.last = publishedAt;
  }

  void add(TermVector vector, Instant publishedAt, int maxTerms, DocumentFrequencies terms) {
    merge(vector.ids(), vector.weights());
    if (termIds.length > maxTerms + maxTerms / 2) {
      // truncate in batches: sorting on every add is the main cost
      int[] kept = heaviest(maxTerms, terms);
      Arrays.sort(kept);
      double[] keptWeights = new double[kept.length];
      for (int k = 0, i = 0; k < kept.length; k++) {
        while (termIds[i] != kept[k]) {
          i++;
        }
        keptWeights[k] = weights[i];
      }
      termIds = kept;
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

  /** Adds the weights of a vector (ids ascending) to the centroid's. */
  private void merge(int[] ids, double[] add) {
    int[] mergedIds = new int[termIds.length + ids.length];
    double[] mergedWeights = new double[mergedIds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < termIds.length || j < ids.length) {
      if (j == ids.length || (i < termIds.length && termIds[i] < ids[j])) {
        mergedIds[n] = termIds[i];
        mergedWeights[n++] = weights[i++];
      } else if (i == termIds.length || ids[j] < termIds[i]) {
        mergedIds[n] = ids[j];
        mergedWeights[n++] = add[j++];
      } else {
        mergedIds[n] = termIds[i];
        mergedWeights[n++] = weights[i++] + add[j++];
      }
    }
    termIds = Arrays.copyOf(mergedIds, n);
    weights = Arrays.copyOf(mergedWeights, n);
  }

  /** Cosine between a unit-length article vector and the centroid. */
  double cosine(TermVector vector) {
    if (norm == 0) {
      return 0;
    }
    int[] ids = vector.ids();
    double[] w = vector.weights();
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < termIds.length && j < ids.length) {
      if (termIds[i] < ids[j]) {
        i++;
      } else if (termIds[i] > ids[j]) {
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
   * Ids of the n heaviest centroid terms, heaviest first (ties by term, so results do not depend on
   * the order ids were handed out).
   */
  int[] heaviest(int n, DocumentFrequencies terms) {
    Comparator<Integer> lightestFirst =
        Comparator.<Integer>comparingDouble(i -> weights[i])
            .thenComparing(i -> terms.term(termIds[i]), Comparator.reverseOrder());
    PriorityQueue<Integer> top = new PriorityQueue<>(n + 1, lightestFirst);
    for (int i = 0; i < termIds.length; i++) {
      if (top.size() < n) {
        top.add(i);
      } else if (lightestFirst.compare(i, top.peek()) > 0) {
        top.poll();
        top.add(i);
      }
    }
    int[] out = new int[top.size()];
    for (int k = out.length - 1; k >= 0; k--) {
      out[k] = termIds[top.poll()];
    }
    return out;
  }

  /** Applies new term ids ({@link DocumentFrequencies#prune}: order-preserving, none dropped). */
  void renumber(int[] renumbered) {
    for (int i = 0; i < termIds.length; i++) {
      termIds[i] = renumbered[termIds[i]];
    }
  }

  /** Term ids of the centroid, ascending (a copy). */
  int[] termIds() {
    return termIds.clone();
  }

  int terms() {
    return termIds.length;
  }
}
