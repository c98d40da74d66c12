package io.storyline.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which id each story of a re-clustering gets, so that links to stories survive it. The new cluster
 * that holds most of an old story's articles inherits the old story's id; when it holds the most of
 * several old stories (they merged), it inherits the one it holds most articles of. Ties go to the
 * lower id, so the same store always gives the same ids. Any other cluster takes the id of its
 * founding article, or of another of its articles, never one an old story had when one is free.
 */
public final class StoryIdentity {
  private StoryIdentity() {}

  /**
   * @param oldStoryOfArticle story id of each article before the re-clustering (articles that had
   *     none are absent)
   * @param clusterOfArticle the new cluster of each article, clusters named by their founding
   *     article id
   * @return the story id of each new cluster
   */
  public static Map<Long, Long> ids(
      Map<Long, Long> oldStoryOfArticle, Map<Long, Long> clusterOfArticle) {
    // overlap.get(old).get(cluster): articles of old story `old` now in `cluster`
    Map<Long, TreeMap<Long, Integer>> overlap = new TreeMap<>();
    clusterOfArticle.forEach(
        (article, cluster) -> {
          Long old = oldStoryOfArticle.get(article);
          if (old != null) {
            overlap.computeIfAbsent(old, o -> new TreeMap<>()).merge(cluster, 1, Integer::sum);
          }
        });

    // Each old story's heir candidate: the cluster holding most of its articles (lowest id on a
    // tie).
    Map<Long, List<long[]>> claims = new TreeMap<>(); // cluster -> [old story, articles]
    overlap.forEach(
        (old, clusters) -> {
          Map.Entry<Long, Integer> best = null;
          for (Map.Entry<Long, Integer> c : clusters.entrySet()) {
            if (best == null || c.getValue() > best.getValue()) {
              best = c;
            }
          }
          claims
              .computeIfAbsent(best.getKey(), c -> new ArrayList<>())
              .add(new long[] {old, best.getValue()});
        });

    Map<Long, Long> ids = new TreeMap<>();
    Set<Long> taken = new HashSet<>();
    claims.forEach(
        (cluster, olds) -> {
          long[] heir =
              olds.stream()
                  .min(Comparator.<long[]>comparingLong(o -> -o[1]).thenComparingLong(o -> o[0]))
                  .orElseThrow();
          ids.put(cluster, heir[0]);
          taken.add(heir[0]);
        });

    Map<Long, TreeSet<Long>> members = new TreeMap<>();
    clusterOfArticle.forEach(
        (article, cluster) -> members.computeIfAbsent(cluster, c -> new TreeSet<>()).add(article));
    Set<Long> formerIds = new HashSet<>(oldStoryOfArticle.values());
    for (Map.Entry<Long, TreeSet<Long>> cluster : members.entrySet()) {
      if (ids.containsKey(cluster.getKey())) {
        continue;
      }
      long id = freshId(cluster.getKey(), cluster.getValue(), taken, formerIds, members);
      ids.put(cluster.getKey(), id);
      taken.add(id);
    }
    return ids;
  }

  /**
   * The founding article's id if free, else the lowest free id among the cluster's articles, else
   * among all articles; an id no old story had is preferred to one a vanished story had.
   */
  private static long freshId(
      long founder,
      TreeSet<Long> clusterArticles,
      Set<Long> taken,
      Set<Long> formerIds,
      Map<Long, TreeSet<Long>> allClusters) {
    List<Long> candidates = new ArrayList<>();
    candidates.add(founder);
    candidates.addAll(clusterArticles);
    allClusters.values().forEach(candidates::addAll);
    for (Long candidate : candidates) {
      if (!taken.contains(candidate) && !formerIds.contains(candidate)) {
        return candidate;
      }
    }
    for (Long candidate : candidates) {
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
    // Inherited ids are at most one per cluster, so the articles always leave one free.
    throw new IllegalStateException("no free story id among " + candidates.size() + " articles");
  }
}
