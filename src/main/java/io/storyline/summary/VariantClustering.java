package io.storyline.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups near-identical candidates: a candidate joins the first group whose leader shares at least
 * the given Dice overlap of distinct stemmed content words, else it leads a new group. Leaders are
 * found through an inverted index, so the work is bounded by term overlap, not by all pairs.
 * Stemming makes spun inflections ("masks" / "mask") agree; the surviving synonyms are what the
 * consensus step judges.
 */
final class VariantClustering {
  private static final int MIN_TERMS = 3;
  private final double minDice;

  VariantClustering(double minDice) {
    this.minDice = minDice;
  }

  List<List<Candidate>> group(List<Candidate> candidates) {
    List<List<Candidate>> groups = new ArrayList<>();
    List<Set<String>> leaderTerms = new ArrayList<>();
    Map<String, List<Integer>> leadersByTerm = new HashMap<>();
    for (Candidate candidate : candidates) {
      Set<String> terms = new HashSet<>(candidate.terms());
      int target = terms.size() < MIN_TERMS ? -1 : bestLeader(terms, leaderTerms, leadersByTerm);
      if (target >= 0) {
        groups.get(target).add(candidate);
        continue;
      }
      int id = groups.size();
      groups.add(new ArrayList<>(List.of(candidate)));
      leaderTerms.add(terms);
      for (String term : terms) {
        leadersByTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
      }
    }
    return groups;
  }

  private int bestLeader(
      Set<String> terms, List<Set<String>> leaderTerms, Map<String, List<Integer>> index) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (String term : terms) {
      for (int leader : index.getOrDefault(term, List.of())) {
        shared.merge(leader, 1, Integer::sum);
      }
    }
    int best = -1;
    double bestDice = 0;
    for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
      int leaderSize = leaderTerms.get(e.getKey()).size();
      if (leaderSize < MIN_TERMS) {
        continue;
      }
      double dice = 2.0 * e.getValue() / (terms.size() + leaderSize);
      if (dice >= minDice
          && (best < 0 || dice > bestDice || (dice == bestDice && e.getKey() < best))) {
        best = e.getKey();
        bestDice = dice;
      }
    }
    return best;
  }
}
