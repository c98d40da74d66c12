package io.storyline.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
  private final DocumentFrequencies frequencies;
  private final NearDuplicateIndex duplicates;
  private final Map<Long, StoryCluster> stories = new HashMap<>();

  /** Stories by heavy term (hash), most recently active last. */
  private final Map<Long, LinkedHashSet<Long>> postings = new HashMap<>();

  private final Map<Long, Long> storyOfArticle = new HashMap<>();
  private final Map<Long, Instant> articleTimes = new HashMap<>();
  private Instant newest = Instant.MIN;
  private long sinceSweep;

  public StoryAssigner(Settings settings, LongSupplier storyIds) {
    this(settings, storyIds, DocumentFrequencies.MAX_TERMS);
  }

  /** With another cap on the terms whose document frequency is kept (tests of the pruning). */
  StoryAssigner(Settings settings, LongSupplier storyIds, int maxTerms) {
    this.settings = settings;
    this.storyIds = storyIds;
    this.frequencies = new DocumentFrequencies(maxTerms);
    this.duplicates = new NearDuplicateIndex(settings.nearDuplicateThreshold());
  }

  public synchronized Assignment assign(ArticleFeatures article) {
    TermVector vector = vector(article);
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

  private void record(ArticleFeatures article, TermVector vector, StoryCluster story) {
    stories.put(story.id, story);
    story.add(vector, article.publishedAt(), settings.centroidTerms());
    for (long term : story.heaviest(settings.indexTermsPerStory())) {
      LinkedHashSet<Long> ids = postings.computeIfAbsent(term, k -> new LinkedHashSet<>());
      ids.remove(story.id); // re-insert: most recently active last
      ids.add(story.id);
      if (ids.size() > settings.postingsPerTerm()) {
        Iterator<Long> oldest = ids.iterator();
        oldest.next();
        oldest.remove();
      }
    }
    frequencies.add(vector.allTerms());
    duplicates.add(article.articleId(), article.signature());
    storyOfArticle.put(article.articleId(), story.id);
    articleTimes.put(article.articleId(), article.publishedAt());
    newest = article.publishedAt().isAfter(newest) ? article.publishedAt() : newest;
    if (++sinceSweep >= SWEEP_EVERY) {
      sweep();
    }
  }

  /** Stories sharing heavy terms with the article, best overlap first, within the time window. */
  private List<StoryCluster> candidates(TermVector vector, Instant publishedAt) {
    Map<Long, Double> overlap = new HashMap<>();
    long[] heaviest = vector.heaviestFirst();
    for (int k = 0; k < Math.min(heaviest.length, settings.indexTermsPerStory()); k++) {
      LinkedHashSet<Long> ids = postings.get(heaviest[k]);
      if (ids != null) {
        double weight = vector.weights()[Arrays.binarySearch(vector.terms(), heaviest[k])];
        ids.forEach(id -> overlap.merge(id, weight, Double::sum));
      }
    }
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
  private double score(StoryCluster story, TermVector vector, Instant publishedAt) {
    double distance =
        Math.min(1.0, story.secondsAway(publishedAt) / (double) settings.window().toSeconds());
    return story.cosine(vector) * (1 - 0.2 * distance);
  }

  /**
   * Unit-length TF-IDF vector over stems and boosted names ("@name"), capped to the heaviest terms
   * (ties by hash).
   */
  private TermVector vector(ArticleFeatures article) {
    int n = article.termCounts().size() + article.nameCounts().size();
    long[] terms = new long[n];
    double[] weights = new double[n];
    int k = 0;
    for (Map.Entry<String, Integer> e : article.termCounts().entrySet()) {
      long term = DocumentFrequencies.hash(e.getKey());
      terms[k] = term;
      weights[k++] = (1 + Math.log(e.getValue())) * frequencies.idf(term);
    }
    for (Map.Entry<String, Integer> e : article.nameCounts().entrySet()) {
      long name = DocumentFrequencies.hash("@" + e.getKey());
      terms[k] = name;
      weights[k++] = settings.nameBoost() * (1 + Math.log(e.getValue())) * frequencies.idf(name);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparingLong(i -> terms[i]));
    int kept = Math.min(n, settings.articleTerms());
    double squares = 0;
    for (int i = 0; i < kept; i++) {
      squares += weights[order[i]] * weights[order[i]];
    }
    double norm = Math.sqrt(squares);
    long[] heaviestFirst = new long[kept];
    Integer[] byTerm = Arrays.copyOf(order, kept);
    for (int i = 0; i < kept; i++) {
      heaviestFirst[i] = terms[order[i]];
    }
    Arrays.sort(byTerm, Comparator.comparingLong(i -> terms[i]));
    long[] sortedTerms = new long[kept];
    double[] sortedWeights = new double[kept];
    for (int i = 0; i < kept; i++) {
      sortedTerms[i] = terms[byTerm[i]];
      double w = weights[byTerm[i]];
      sortedWeights[i] = norm > 0 ? w / norm : w;
    }
    return new TermVector(sortedTerms, sortedWeights, heaviestFirst, terms);
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
