package io.storyline.event;

import io.storyline.text.WordingConsensus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Picks each event's headline among its sentences in two steps. Content: the sentence that is most
 * substantive (a happening's own sentence, not a remark about it) and shares most words with the
 * others. Wording: among that sentence and its near-copies from other articles, {@link
 * WordingConsensus} prefers the original over a machine-"spun" rewrite, pooling evidence per
 * article across all the story's events (a spinner rewrites a whole article).
 */
final class HeadlineChooser {

  /**
   * Near-copies share at least this share of content stems; different reports of one event share
   * less.
   */
  private static final double NEAR_COPY = 0.4;

  /**
   * Bounded work per event: candidates compared for agreement, and variants (one per article)
   * weighed.
   */
  private static final int COMPARED = 12;

  /** A sentence that may head an event, with its content stems. */
  record Candidate(String sentence, String articleId, double substantive, Set<String> stems) {}

  /**
   * Each event's headline (index into its candidates) and, per article, how reliably it carries the
   * original wording where near-copies of its sentences exist (higher: original; lower: a spun
   * copy; 0 where the article has no near-copies).
   */
  record Choice(List<Integer> headlines, Map<String, Double> wordingByArticle) {}

  /** For each event's candidates (non-empty), the index of its headline. */
  Choice choose(List<List<Candidate>> events, Supplier<WordingConsensus> storyTexts) {
    Map<String, Long> sources = new HashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    List<List<WordingConsensus.Variant>> groups = new ArrayList<>();
    for (List<Candidate> candidates : events) {
      int primaryIndex = primary(candidates);
      Candidate primary = candidates.get(primaryIndex);
      List<Integer> indices = new ArrayList<>(List.of(primaryIndex));
      Set<String> articles = new HashSet<>(Set.of(primary.articleId()));
      for (int i = 0; i < candidates.size() && indices.size() < COMPARED; i++) {
        Candidate candidate = candidates.get(i);
        if (!articles.contains(candidate.articleId()) && nearCopies(candidate, primary)) {
          articles.add(candidate.articleId());
          indices.add(i);
        }
      }
      List<WordingConsensus.Variant> variants = new ArrayList<>();
      for (int i : indices) {
        long source =
            sources.computeIfAbsent(candidates.get(i).articleId(), id -> (long) sources.size());
        variants.add(new WordingConsensus.Variant(candidates.get(i).sentence(), source));
      }
      members.add(indices);
      groups.add(variants);
    }
    WordingConsensus.Pooled pooled = storyTexts.get().pooled(groups);
    List<Integer> chosen = pooled.best();
    List<Integer> headlines = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      headlines.add(members.get(e).get(Math.max(0, chosen.get(e))));
    }
    Map<String, Double> wordingByArticle = new HashMap<>();
    sources.forEach(
        (article, source) -> {
          Double reliability = pooled.reliability().get(source);
          if (reliability != null) {
            wordingByArticle.put(article, reliability);
          }
        });
    return new Choice(List.copyOf(headlines), Map.copyOf(wordingByArticle));
  }

  /**
   * Whether two sentences are near-copies of one report (a spun rewrite swaps a few words of it).
   */
  static boolean nearCopies(Candidate a, Candidate b) {
    return ContentWords.jaccard(a.stems(), b.stems()) >= NEAR_COPY;
  }

  private static int primary(List<Candidate> candidates) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < candidates.size(); i++) {
      double agreement = 0;
      int compared = Math.min(candidates.size(), COMPARED);
      for (int j = 0; j < compared; j++) {
        agreement +=
            j == i ? 0 : ContentWords.jaccard(candidates.get(i).stems(), candidates.get(j).stems());
      }
      // Summed, not averaged: a sentence echoed by several copies is the story's own account of the
      // event.
      double score = candidates.get(i).substantive() + 0.5 * agreement;
      if (score > bestScore + 1e-9) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }
}
