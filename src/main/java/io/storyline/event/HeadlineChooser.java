package io.storyline.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks an event's headline among its sentences: substantive first, then agreement with the other copies,
 * then familiar wording — a machine-"spun" rewrite swaps words for synonyms the story's other articles do
 * not use ("officers" for "officials"), so its words are rarer across the story than the original's.
 */
final class HeadlineChooser {

  /** A sentence that may head an event, with what is needed to judge it. */
  record Candidate(String sentence, String articleId, double substantive, Set<String> stems) {}

  /**
   * Index of the best candidate. {@code articlesByStem}: in how many of the story's articles each stem
   * occurs.
   */
  int choose(List<Candidate> candidates, Map<String, Integer> articlesByStem) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      double score = 0.5 * candidate.substantive()
          + 0.3 * agreement(candidate, candidates)
          + 0.2 * familiarity(candidate, articlesByStem);
      if (score > bestScore + 1e-9) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  private static double agreement(Candidate candidate, List<Candidate> candidates) {
    double sum = 0;
    int others = 0;
    for (Candidate other : candidates) {
      if (other != candidate && !other.articleId().equals(candidate.articleId())) {
        sum += ContentWords.jaccard(candidate.stems(), other.stems());
        others++;
      }
    }
    return others == 0 ? 0 : sum / others;
  }

  /** Share of the candidate's content words that at least one other article of the story also uses. */
  private static double familiarity(Candidate candidate, Map<String, Integer> articlesByStem) {
    if (candidate.stems().isEmpty()) {
      return 0;
    }
    long shared = candidate.stems().stream().filter(stem -> articlesByStem.getOrDefault(stem, 0) >= 2).count();
    return (double) shared / candidate.stems().size();
  }
}
