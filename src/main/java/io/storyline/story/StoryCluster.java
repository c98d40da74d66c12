package io.storyline.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Mutable clustering state of one story (its persisted form is the Story entity): a centroid capped
 * to its heaviest terms (at most 1.5 × cap between truncations), and its time span.
 */
final class StoryCluster {
  final long id;
  Instant first;
  Instant last;
  int articles;
  private final Map<String, Double> centroid = new HashMap<>();
  private double norm;

  StoryCluster(long id, Instant publishedAt) {
    this.id = id;
    this.first = publishedAt;
    this.last = publishedAt;
  }

  void add(Map<String, Double> vector, Instant publishedAt, int maxTerms) {
    vector.forEach((term, weight) -> centroid.merge(term, weight, Double::sum));
    if (centroid.size()
        > maxTerms + maxTerms / 2) { // truncate in batches: sorting on every add is the main cost
      List<Map.Entry<String, Double>> kept = heaviest(maxTerms);
      centroid.clear();
      kept.forEach(e -> centroid.put(e.getKey(), e.getValue()));
    }
    norm = Math.sqrt(centroid.values().stream().mapToDouble(w -> w * w).sum());
    articles++;
    first = publishedAt.isBefore(first) ? publishedAt : first;
    last = publishedAt.isAfter(last) ? publishedAt : last;
  }

  /** Cosine between a unit-length article vector and the centroid. */
  double cosine(Map<String, Double> unitVector) {
    if (norm == 0) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : unitVector.entrySet()) {
      Double w = centroid.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
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
   * The n heaviest centroid terms, heaviest first (ties by term, so results do not depend on hash
   * order).
   */
  List<Map.Entry<String, Double>> heaviest(int n) {
    Comparator<Map.Entry<String, Double>> lightestFirst =
        Map.Entry.<String, Double>comparingByValue()
            .thenComparing(Map.Entry.<String, Double>comparingByKey().reversed());
    PriorityQueue<Map.Entry<String, Double>> top = new PriorityQueue<>(n + 1, lightestFirst);
    for (Map.Entry<String, Double> e : centroid.entrySet()) {
      if (top.size() < n) {
        top.add(e);
      } else if (lightestFirst.compare(e, top.peek()) > 0) {
        top.poll();
        top.add(e);
      }
    }
    List<Map.Entry<String, Double>> out = new ArrayList<>(top);
    out.sort(lightestFirst.reversed());
    return out;
  }

  int terms() {
    return centroid.size();
  }
}
