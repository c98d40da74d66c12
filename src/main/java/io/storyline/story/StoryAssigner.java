package io.storyline.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Online story clustering. An article joins the most similar recent story (cosine between its
 * TF-IDF vector of stems and names and the story centroid, discounted by time distance) when that
 * similarity reaches the join threshold, joins its near-duplicate's story when it copies a recent
 * article, and otherwise starts a story with an id from the caller's generator. Candidates come
 * from an inverted index of each story's heaviest terms (bounded postings), and stories idle for
 * twice the window are evicted, so the cost per article stays bounded as the store grows. State is
 * rebuilt at start-up by {@link #restore} with the stored story ids. Thread-safe (assignments are
 * serialised).
 */
public final class StoryAssigner {
  /** Tuning knobs; {@link #defaults()} are measured on the demo story (see StoryAssignerTest). */
  public record Settings(
      Duration window,
      double joinThreshold,
      double nearDuplicateThreshold,
      int centroidTerms,
      int articleTerms,
      int indexTermsPerStory,
      int postingsPerTerm,
      int candidates,
      double nameBoost) {
    public static Settings defaults() {
      return new Settings(
          Duration.ofDays(14),
          0.2,
          NearDuplicateIndex.DEFAULT_THRESHOLD,
          200,
          100,
          20,
          200,
          20,
          1.5);
    }
  }

  private static final int SWEEP_EVERY = 512;
  private final Settings settings;
  private final LongSupplier storyIds;
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  private final NearDuplicateIndex duplicates;
  private final Map<Long, StoryCluster> stories = new HashMap<>();
  private final Map<String, LinkedHashSet<Long>> postings = new HashMap<>();
  private final Map<Long, Long> storyOfArticle = new HashMap<>();
  private final Map<Long, Instant> articleTimes = new HashMap<>();
  private Instant newest = Instant.MIN;
  private long sinceSweep;

  public StoryAssigner(Settings settings, LongSupplier storyIds) {
    this.settings = settings;
    this.storyIds = storyIds;
    this.duplicates = new NearDuplicateIndex(settings.nearDuplicateThreshold());
  }

  public synchronized Assignment assign(ArticleFeatures article) {
    Map<String, Double> vector = vector(article);
    Optional<NearDuplicate> copy =
        duplicates.candidates(article.signature()).stream()
            .filter(
                d ->
                    d.articleId() != article.articleId()
                        && stories.containsKey(storyOfArticle.get(d.articleId())))
            .findFirst();
    StoryCluster best = null;
    double bestScore = 0;
    for (StoryCluster story : candidates(vector, article.publishedAt())) {
      double score = score(story, vector, article.publishedAt());
      if (score > bestScore || (score == bestScore && best != null && story.id < best.id)) {
        best = story;
        bestScore = score;
      }
    }
    boolean join = best != null && bestScore >= settings.joinThreshold();
    if (copy.isPresent()) {
      StoryCluster original = stories.get(storyOfArticle.get(copy.get().articleId()));
      bestScore = Math.max(score(original, vector, article.publishedAt()), copy.get().similarity());
      best = original;
      join = true;
    }
    StoryCluster target =
        join ? best : new StoryCluster(storyIds.getAsLong(), article.publishedAt());
    record(article, vector, target);
    return new Assignment(target.id, !join, bestScore, copy);
  }

  /** Replays an already assigned article (start-up), without scoring. */
  public synchronized void restore(ArticleFeatures article, long storyId) {
    StoryCluster story = stories.get(storyId);
    record(
        article,
        vector(article),
        story != null ? story : new StoryCluster(storyId, article.publishedAt()));
  }

  /** Stories still open to new articles. */
  public synchronized int activeStories() {
    return stories.size();
  }

  private void record(ArticleFeatures article, Map<String, Double> vector, StoryCluster story) {
    stories.put(story.id, story);
    story.add(vector, article.publishedAt(), settings.centroidTerms());
    for (Map.Entry<String, Double> e : story.heaviest(settings.indexTermsPerStory())) {
      LinkedHashSet<Long> ids = postings.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
      ids.remove(story.id); // re-insert: most recently active last
      ids.add(story.id);
      if (ids.size() > settings.postingsPerTerm()) {
        Iterator<Long> oldest = ids.iterator();
        oldest.next();
        oldest.remove();
      }
    }
    List<String> keys = new ArrayList<>(article.termCounts().keySet());
    article.nameCounts().keySet().forEach(n -> keys.add("@" + n));
    frequencies.add(keys);
    duplicates.add(article.articleId(), article.signature());
    storyOfArticle.put(article.articleId(), story.id);
    articleTimes.put(article.articleId(), article.publishedAt());
    newest = article.publishedAt().isAfter(newest) ? article.publishedAt() : newest;
    if (++sinceSweep >= SWEEP_EVERY) {
      sweep();
    }
  }

  /** Stories sharing heavy terms with the article, best overlap first, within the time window. */
  private List<StoryCluster> candidates(Map<String, Double> vector, Instant publishedAt) {
    Map<Long, Double> overlap = new HashMap<>();
    vector.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(settings.indexTermsPerStory())
        .forEach(
            e ->
                postings
                    .getOrDefault(e.getKey(), new LinkedHashSet<>())
                    .forEach(id -> overlap.merge(id, e.getValue(), Double::sum)));
    long window = settings.window().toSeconds();
    // Keep the best few by overlap with a bounded heap: postings can hold thousands of stories.
    PriorityQueue<StoryCluster> best =
        new PriorityQueue<>(
            Comparator.comparingDouble((StoryCluster s) -> overlap.get(s.id))
                .thenComparing(s -> -s.id));
    overlap.forEach(
        (id, weight) -> {
          StoryCluster story = stories.get(id);
          if (story != null && story.secondsAway(publishedAt) <= window) {
            best.add(story);
            if (best.size() > settings.candidates()) {
              best.poll();
            }
          }
        });
    return new ArrayList<>(best);
  }

  /** Cosine, discounted by up to 20% as the article drifts to the edge of the time window. */
  private double score(StoryCluster story, Map<String, Double> vector, Instant publishedAt) {
    double distance =
        Math.min(1.0, story.secondsAway(publishedAt) / (double) settings.window().toSeconds());
    return story.cosine(vector) * (1 - 0.2 * distance);
  }

  /**
   * Unit-length TF-IDF vector over stems and boosted names ("@name"), capped to the heaviest terms.
   */
  private Map<String, Double> vector(ArticleFeatures article) {
    Map<String, Double> weights = new HashMap<>();
    article.termCounts().forEach((t, c) -> weights.put(t, (1 + Math.log(c)) * frequencies.idf(t)));
    article
        .nameCounts()
        .forEach(
            (n, c) ->
                weights.put(
                    "@" + n, settings.nameBoost() * (1 + Math.log(c)) * frequencies.idf("@" + n)));
    Map<String, Double> top = new HashMap<>();
    weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(settings.articleTerms())
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    double norm = Math.sqrt(top.values().stream().mapToDouble(w -> w * w).sum());
    if (norm > 0) {
      top.replaceAll((k, w) -> w / norm);
    }
    return top;
  }

  /** Forgets stories and articles idle for more than twice the window behind the newest article. */
  private void sweep() {
    sinceSweep = 0;
    Instant horizon = newest.minus(settings.window().multipliedBy(2));
    stories.values().removeIf(s -> s.last.isBefore(horizon));
    Set<Long> old = new LinkedHashSet<>();
    articleTimes.forEach(
        (id, t) -> {
          if (t.isBefore(horizon)) {
            old.add(id);
          }
        });
    for (long id : old) {
      articleTimes.remove(id);
      storyOfArticle.remove(id);
      duplicates.remove(id);
    }
    postings.values().forEach(ids -> ids.removeIf(id -> !stories.containsKey(id)));
    postings.values().removeIf(Set::isEmpty);
  }
}
