package io.storyline.api;

import io.storyline.story.StoryAssigner;
import io.storyline.summary.SummariserSettings;

/** The core's tuning records, from the configuration (whose defaults are the records' defaults). */
public final class Tuning {
  private Tuning() {}

  public static StoryAssigner.Settings clustering(StorylineConfig.Clustering c) {
    return new StoryAssigner.Settings(
        c.window(),
        c.joinThreshold(),
        c.nearDuplicateThreshold(),
        c.centroidTerms(),
        c.articleTerms(),
        c.indexTermsPerStory(),
        c.postingsPerTerm(),
        c.candidates(),
        c.nameBoost());
  }

  public static SummariserSettings summariser(StorylineConfig.Summary s) {
    return new SummariserSettings(
        s.positionWeight(),
        s.centroidWeight(),
        s.danglingOpenerPenalty(),
        s.sourceWeight(),
        s.redundancyWeight(),
        s.mergeVariants(),
        s.pickByConsensus(),
        s.variantSimilarity(),
        s.edgeThreshold(),
        s.maxCandidatesPerArticle(),
        s.maxCandidates());
  }
}
