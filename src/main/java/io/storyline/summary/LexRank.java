package io.storyline.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Continuous LexRank (Erkan & Radev 2004): PageRank over the cosine-similarity graph of sentences,
 * edges below a threshold dropped. Similarities are accumulated through an inverted index, so the
 * cost is the sum over terms of (sentences containing the term)², not n² over all pairs; callers
 * cap n.
 */
final class LexRank {
  private static final double DAMPING = 0.85;
  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-7;
  private final double threshold;

  LexRank(double threshold) {
    this.threshold = threshold;
  }

  /** Stationary scores (summing to 1) of the similarity graph over {@code nodes}. */
  double[] centrality(List<SparseVector> nodes) {
    int n = nodes.size();
    if (n == 0) {
      return new double[0];
    }
    List<Map<Integer, Double>> edges = similarities(nodes);
    double[] outWeight = new double[n];
    for (int i = 0; i < n; i++) {
      outWeight[i] = edges.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] next = new double[n];
      double dangling = 0;
      for (int i = 0; i < n; i++) {
        if (outWeight[i] == 0) {
          dangling += rank[i];
          continue;
        }
        double share = rank[i] / outWeight[i];
        for (Map.Entry<Integer, Double> e : edges.get(i).entrySet()) {
          next[e.getKey()] += share * e.getValue();
        }
      }
      double delta = 0;
      for (int i = 0; i < n; i++) {
        next[i] = (1 - DAMPING) / n + DAMPING * (next[i] + dangling / n);
        delta += Math.abs(next[i] - rank[i]);
      }
      rank = next;
      if (delta < TOLERANCE) {
        break;
      }
    }
    return rank;
  }

  /** Symmetric adjacency: for each node, its neighbours with cosine at or above the threshold. */
  List<Map<Integer, Double>> similarities(List<SparseVector> nodes) {
    int n = nodes.size();
    Map<Integer, List<Posting>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      SparseVector v = nodes.get(i);
      for (int k = 0; k < v.ids().length; k++) {
        postings
            .computeIfAbsent(v.ids()[k], t -> new ArrayList<>())
            .add(new Posting(i, v.weights()[k]));
      }
    }
    List<Map<Integer, Double>> edges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      edges.add(new HashMap<>());
    }
    double[] dot = new double[n];
    int[] touched = new int[n];
    for (int i = 0; i < n; i++) {
      SparseVector v = nodes.get(i);
      int touchedCount = 0;
      for (int k = 0; k < v.ids().length; k++) {
        for (Posting posting : postings.get(v.ids()[k])) {
          int j = posting.node();
          if (j <= i) {
            continue;
          }
          if (dot[j] == 0) {
            touched[touchedCount++] = j;
          }
          dot[j] += v.weights()[k] * posting.weight();
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        int j = touched[t];
        if (dot[j] >= threshold) {
          edges.get(i).put(j, dot[j]);
          edges.get(j).put(i, dot[j]);
        }
        dot[j] = 0;
      }
    }
    return edges;
  }

  private record Posting(int node, double weight) {}
}
