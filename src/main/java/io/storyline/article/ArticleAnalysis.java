package io.storyline.article;

import io.storyline.text.CleanedText;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A valid article with everything computed from it before it is written. The cleaned text is
 * computed here; later stages (story features, event mentions) observe {@link ArticleAnalysis} as a
 * CDI event and add their own typed result, so this package does not depend on them.
 */
public final class ArticleAnalysis {
  private final ValidArticle article;
  private final CleanedText cleaned;
  private final String contentHash;
  private final Map<Class<?>, Object> results = new ConcurrentHashMap<>();

  ArticleAnalysis(ValidArticle article, CleanedText cleaned, String contentHash) {
    this.article = article;
    this.cleaned = cleaned;
    this.contentHash = contentHash;
  }

  public ValidArticle article() {
    return article;
  }

  public CleanedText cleaned() {
    return cleaned;
  }

  public String contentHash() {
    return contentHash;
  }

  public <T> void put(Class<T> type, T result) {
    results.put(type, result);
  }

  public <T> Optional<T> get(Class<T> type) {
    return Optional.ofNullable(results.get(type)).map(type::cast);
  }
}
