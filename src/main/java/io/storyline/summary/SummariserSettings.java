package io.storyline.summary;

/**
 * Tuning of the {@link Summariser}. {@link #defaults()} is the product setting; {@link
 * #plainTextRank()} switches off everything but graph centrality and serves as the evaluation
 * baseline.
 *
 * @param positionWeight how strongly the news lead prior 1/sqrt(1 + position) scales centrality (0
 *     = not at all, 1 = centrality × prior)
 * @param centroidWeight share of the similarity to the story centroid (MEAD-style: the
 *     source-weighted sum of all sentences) in salience; the rest is LexRank centrality (0..1)
 * @param danglingOpenerPenalty factor for sentences opening with "However", "He", "This"... (1 =
 *     none)
 * @param sourceWeight boost for sentences repeated by many distinct articles (0 = none)
 * @param redundancyWeight MMR trade-off: weight of the similarity to already chosen sentences (0 =
 *     no MMR)
 * @param mergeVariants whether near-identical sentences of different copies count as one node
 * @param pickByConsensus whether a merged node shows its best-worded variant (else its earliest
 *     one)
 * @param variantSimilarity Dice overlap of stemmed content words at which two sentences are
 *     variants
 * @param edgeThreshold LexRank cosine threshold below which sentences are not linked
 * @param maxCandidatesPerArticle only the first this many candidate sentences of an article are
 *     ranked
 * @param maxCandidates total cap over a story, filled position by position across articles
 */
public record SummariserSettings(
    double positionWeight,
    double centroidWeight,
    double danglingOpenerPenalty,
    double sourceWeight,
    double redundancyWeight,
    boolean mergeVariants,
    boolean pickByConsensus,
    double variantSimilarity,
    double edgeThreshold,
    int maxCandidatesPerArticle,
    int maxCandidates) {

  public SummariserSettings {
    for (double share :
        new double[] {positionWeight, centroidWeight, danglingOpenerPenalty, redundancyWeight}) {
      if (share < 0 || share > 1) {
        throw new IllegalArgumentException(
            "weights, shares and penalties must lie in [0, 1]: " + share);
      }
    }
    if (maxCandidatesPerArticle < 1 || maxCandidates < 1) {
      throw new IllegalArgumentException("candidate caps must be positive");
    }
  }

  public static SummariserSettings defaults() {
    return new SummariserSettings(0.9, 0.8, 0.6, 0.5, 0.3, true, true, 0.5, 0.1, 200, 2000);
  }

  /**
   * Graph centrality only: no lead prior, centroid, opener penalty, source boost, MMR or variant
   * merging.
   */
  public static SummariserSettings plainTextRank() {
    return new SummariserSettings(0, 0, 1, 0, 0, false, false, 0.5, 0.1, 200, 2000);
  }
}
