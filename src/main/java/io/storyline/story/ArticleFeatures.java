package io.storyline.story;

import java.time.Instant;
import java.util.Map;

/**
 * What story assignment needs to know about an article: content term counts (stemmed, stop words
 * removed), name counts (capitalised words, lower-cased) and the near-duplicate signature. Build it
 * with {@link ArticleFeatureExtractor} or supply precomputed counts.
 */
public record ArticleFeatures(
    long articleId,
    Instant publishedAt,
    String title,
    Map<String, Integer> termCounts,
    Map<String, Integer> nameCounts,
    ArticleSignature signature) {
  public ArticleFeatures {
    termCounts = Map.copyOf(termCounts);
    nameCounts = Map.copyOf(nameCounts);
  }
}
