package io.storyline.summary;

import java.util.Arrays;
import java.util.Map;

/** A unit-length weighted term vector (term ids ascending); the empty vector has no terms. */
record SparseVector(int[] ids, double[] weights) {
  static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

  /** Builds a unit vector from term id → raw weight; zero weights are dropped. */
  static SparseVector normalised(Map<Integer, Double> raw) {
    int[] ids =
        raw.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .mapToInt(Map.Entry::getKey)
            .sorted()
            .toArray();
    double[] weights = new double[ids.length];
    double norm = 0;
    for (int k = 0; k < ids.length; k++) {
      weights[k] = raw.get(ids[k]);
      norm += weights[k] * weights[k];
    }
    if (norm == 0) {
      return EMPTY;
    }
    double scale = 1 / Math.sqrt(norm);
    for (int k = 0; k < weights.length; k++) {
      weights[k] *= scale;
    }
    return new SparseVector(ids, weights);
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  double cosine(SparseVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        dot += weights[i++] * other.weights[j++];
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v
        && Arrays.equals(ids, v.ids)
        && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(ids) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "SparseVector" + Arrays.toString(ids);
  }
}
