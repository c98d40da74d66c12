package io.storyline.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mutable clustering state of one story (its persisted form is the Story entity): a centroid capped to its heaviest terms, and its time span. */
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
    if (centroid.size() > maxTerms) {
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

  List<Map.Entry<String, Double>> heaviest(int n) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(centroid.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return new ArrayList<>(entries.subList(0, Math.min(n, entries.size())));
  }

  int terms() {
    return centroid.size();
  }
}
