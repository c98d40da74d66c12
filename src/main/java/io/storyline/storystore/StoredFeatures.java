package io.storyline.storystore;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.story.ArticleFeatures;
import io.storyline.story.ArticleSignature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The JSON form of {@link ArticleFeatures} kept with each article, to rebuild clustering state at
 * start-up.
 */
@RegisterForReflection
record StoredFeatures(Map<String, Integer> terms, Map<String, Integer> names, String signature) {

  static StoredFeatures of(ArticleFeatures features) {
    return new StoredFeatures(
        features.termCounts(),
        features.nameCounts(),
        Base64.getEncoder().encodeToString(features.signature().toBytes()));
  }

  ArticleFeatures toFeatures(long articleId, Instant publishedAt, String title) {
    return new ArticleFeatures(
        articleId,
        publishedAt,
        title,
        terms,
        names,
        ArticleSignature.fromBytes(Base64.getDecoder().decode(signature)));
  }
}
