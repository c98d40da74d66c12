package io.storyline.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the best-worded variant among near-identical sentences (copies of one sentence from different sources).
 * Article spinners swap words for rare or ill-fitting synonyms ("customer" → "prospects", "said" →
 * "mentioned"), so a variant whose words and word pairs are shared by the other variants and by the wider
 * corpus (independent copies of the story) is most likely the original wording.
 *
 * <p>A variant's score is the mean, over its distinct lowercase words and bigrams, of 0.3 × the fraction of other
 * variants containing the unit plus 0.7 × its independent corpus support {@code log(1 + df') / log(1 + N)}: df'
 * counts the N context texts containing the unit, less the variants containing it (a variant's own article is
 * usually among the contexts, and twenty syndicated copies of one spun text are one witness, not twenty).
 *
 * <p>One sentence holds little evidence (a spun copy differs in two or three words), but a spinner rewrites a
 * whole article. {@link #bestVariants(List)} therefore pools the evidence per source over many groups: each
 * source earns the mean margin of its variants over their group's average, and that reliability is added to
 * every variant of the source, so a consistently better-worded copy wins even where one sentence is a tie.
 * Immutable and thread-safe once built.
 */
public final class WordingConsensus {
  private static final int MAX_TOKEN_CHARS = 40;
  /** Weight of a source's pooled reliability against one sentence's own score (pooled evidence is stronger). */
  private static final double SOURCE_WEIGHT = 2.0;
  /** Share of agreement among the variants; the rest is independent corpus support (copies are weak evidence). */
  private static final double AGREEMENT_WEIGHT = 0.3;
  private final Map<String, Integer> documentFrequency;
  private final int contextCount;

  /** Takes ownership of {@code documentFrequency} (built by {@link #over} and never changed after). */
  private WordingConsensus(Map<String, Integer> documentFrequency, int contextCount) {
    // Not copied: a story's texts hold thousands of units, and copying them was a visible cost per recomputation.
    this.documentFrequency = documentFrequency;
    this.contextCount = contextCount;
  }

  /** A scorer whose corpus support comes from {@code contextTexts} (e.g. the full texts of a story's articles). */
  public static WordingConsensus over(Collection<String> contextTexts) {
    Map<String, Integer> df = new HashMap<>();
    for (String text : contextTexts) {
      for (String unit : units(text)) {
        df.merge(unit, 1, Integer::sum);
      }
    }
    return new WordingConsensus(df, contextTexts.size());
  }

  /** Index of the best-worded variant (earliest on ties); -1 when {@code variants} is empty. */
  public static int bestVariant(List<String> variants, Collection<String> contextTexts) {
    return over(contextTexts).bestVariant(variants);
  }

  /** Index of the best-worded variant (earliest on ties); -1 when {@code variants} is empty. */
  public int bestVariant(List<String> variants) {
    List<Double> scores = scores(variants);
    int best = -1;
    for (int i = 0; i < scores.size(); i++) {
      if (best < 0 || scores.get(i) > scores.get(best) + 1e-12) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The best variant of each group (index into that group; -1 for an empty group), with evidence pooled per
   * {@link Variant#source()} across all groups as described above.
   */
  public List<Integer> bestVariants(List<List<Variant>> groups) {
    List<List<Double>> scores = new ArrayList<>(groups.size());
    Map<Long, double[]> margins = new HashMap<>(); // source -> {sum of margins, count}
    for (List<Variant> group : groups) {
      List<Double> groupScores = scores(group.stream().map(Variant::text).toList());
      scores.add(groupScores);
      if (group.stream().map(Variant::source).distinct().count() < 2) {
        continue;
      }
      double mean = groupScores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      for (int i = 0; i < group.size(); i++) {
        double[] m = margins.computeIfAbsent(group.get(i).source(), k -> new double[2]);
        m[0] += groupScores.get(i) - mean;
        m[1]++;
      }
    }
    List<Integer> best = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      List<Variant> group = groups.get(g);
      int chosen = -1;
      double chosenScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < group.size(); i++) {
        double[] m = margins.get(group.get(i).source());
        double reliability = m == null ? 0 : m[0] / m[1];
        double score = scores.get(g).get(i) + SOURCE_WEIGHT * reliability;
        if (score > chosenScore + 1e-12) {
          chosen = i;
          chosenScore = score;
        }
      }
      best.add(chosen);
    }
    return List.copyOf(best);
  }

  /** Score of each variant in [0, 1], higher = wording better supported by the other variants and the corpus. */
  public List<Double> scores(List<String> variants) {
    List<Set<String>> unitSets = new ArrayList<>(variants.size());
    Map<String, Integer> variantsWithUnit = new HashMap<>();
    for (String v : variants) {
      Set<String> units = units(v);
      unitSets.add(units);
      units.forEach(u -> variantsWithUnit.merge(u, 1, Integer::sum));
    }
    int others = variants.size() - 1;
    List<Double> scores = new ArrayList<>(variants.size());
    for (Set<String> own : unitSets) {
      double total = 0;
      for (String unit : own) {
        double agreement = others == 0 ? 0 : (variantsWithUnit.get(unit) - 1.0) / others;
        // independent support: contexts with the unit other than the variants' own (copies are not evidence)
        int independent = Math.max(0, documentFrequency.getOrDefault(unit, 0) - variantsWithUnit.get(unit));
        double support = contextCount == 0 ? 0 : Math.log1p(independent) / Math.log1p(contextCount);
        total += AGREEMENT_WEIGHT * agreement + (1 - AGREEMENT_WEIGHT) * Math.min(1, support);
      }
      scores.add(own.isEmpty() ? 0 : total / own.size());
    }
    return List.copyOf(scores);
  }

  /** Distinct lowercase word tokens (letter/digit runs) and adjacent-word bigrams of {@code text}. */
  static Set<String> units(String text) {
    Set<String> units = new HashSet<>();
    String previous = null;
    for (String word : PlainWords.of(text, MAX_TOKEN_CHARS)) {
      units.add(word);
      if (previous != null) {
        units.add(previous + ' ' + word);
      }
      previous = word;
    }
    return units;
  }

  /** A variant sentence and the caller's id of the source (article) it came from. */
  public record Variant(String text, long source) {}
}
