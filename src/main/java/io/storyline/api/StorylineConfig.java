package io.storyline.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Storyline's own settings (see the README's configuration table). */
@ConfigMapping(prefix = "storyline")
public interface StorylineConfig {

  Demo demo();

  WarmUp warmUp();

  /**
   * Memory for the cache of derived results ({@code ResultCache}: serialised story views, merged
   * events, ranked summaries), least recently used out first, and never more than a quarter of the
   * heap. Size it to the hot set: about 12 KB per story whose views are read.
   */
  @io.smallrye.config.WithName("view-cache-mb")
  @WithDefault("256")
  int viewCacheMegabytes();

  /**
   * Keys accepted for writes (comma-separated in STORYLINE_API_KEYS, so keys can be rotated); none:
   * no writes.
   */
  java.util.Optional<java.util.List<String>> apiKeys();

  /** Story clustering ({@code StoryAssigner.Settings}); see the README's configuration table. */
  Clustering clustering();

  /** Extractive summaries ({@code SummariserSettings}); see the README's configuration table. */
  Summary summary();

  interface Clustering {
    /** A story takes no article published more than this after its latest one. */
    @WithDefault("P14D")
    Duration window();

    /** Cosine similarity to a story's centroid at which an article joins it. */
    @WithDefault("0.2")
    double joinThreshold();

    /** MinHash similarity to a recent article at which an article is its near-duplicate. */
    @WithDefault("0.2")
    double nearDuplicateThreshold();

    /** Heaviest terms kept in a story's centroid. */
    @WithDefault("200")
    int centroidTerms();

    /** Heaviest terms of an article compared with centroids. */
    @WithDefault("100")
    int articleTerms();

    /** Terms per story in the candidate index. */
    @WithDefault("20")
    int indexTermsPerStory();

    /** Stories kept per term of the candidate index (most recent first). */
    @WithDefault("200")
    int postingsPerTerm();

    /** Candidate stories scored per article. */
    @WithDefault("20")
    int candidates();

    /** Weight of shared names (capitalised words) over other shared terms. */
    @WithDefault("1.5")
    double nameBoost();
  }

  interface Summary {
    /** How strongly the news lead prior scales centrality (0: not at all, 1: fully). */
    @WithDefault("0.9")
    double positionWeight();

    /** Share of the similarity to the story centroid in salience; the rest is centrality. */
    @WithDefault("0.8")
    double centroidWeight();

    /** Factor for sentences opening with "However", "He", "This"... (1: none). */
    @WithDefault("0.6")
    double danglingOpenerPenalty();

    /** Boost for sentences repeated by many distinct articles (0: none). */
    @WithDefault("0.5")
    double sourceWeight();

    /** Weight of the similarity to sentences already chosen (MMR; 0: none). */
    @WithDefault("0.3")
    double redundancyWeight();

    /** Near-identical sentences of different copies count as one. */
    @WithDefault("true")
    boolean mergeVariants();

    /** A merged sentence shows its best-worded variant (else its earliest). */
    @WithDefault("true")
    boolean pickByConsensus();

    /** Overlap of stemmed content words at which two sentences are variants. */
    @WithDefault("0.5")
    double variantSimilarity();

    /** Cosine similarity below which two sentences are not linked. */
    @WithDefault("0.1")
    double edgeThreshold();

    /** Candidate sentences ranked per article (its first ones). */
    @WithDefault("200")
    int maxCandidatesPerArticle();

    /** Candidate sentences ranked per story. */
    @WithDefault("2000")
    int maxCandidates();
  }

  interface WarmUp {
    /**
     * Demo articles analysed at start-up, on private state, before readiness reports up: a fresh
     * JVM otherwise compiles the pipeline during its first thousand articles. 0: no warm-up.
     */
    @WithDefault("2000")
    int articles();
  }

  interface Demo {
    /**
     * Load the demo story (five articles on the 2022 Geneva talks) at start-up when the store lacks
     * it.
     */
    @WithDefault("false")
    boolean enabled();
  }
}
