package io.storyline.article;

import io.storyline.api.InvalidRequestException;
import io.storyline.text.CleanedText;
import io.storyline.text.TextCleaner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Runs the pure-Java pipeline on an article before it is written, outside any lock or transaction
 * (so request threads analyse in parallel): cleaning here, then every observer of {@link
 * ArticleAnalysis}.
 */
@ApplicationScoped
public class ArticleAnalyser {
  private final TextCleaner cleaner = new TextCleaner();
  private final Event<ArticleAnalysis> analysing;

  ArticleAnalyser(Event<ArticleAnalysis> analysing) {
    this.analysing = analysing;
  }

  public ArticleAnalysis analyse(ValidArticle article) {
    CleanedText cleaned = cleaner.clean(article.body());
    if (cleaned.text().isBlank()) {
      throw new InvalidRequestException(
          "body", "has no article text once markup and feed boilerplate are removed");
    }
    ArticleAnalysis analysis =
        new ArticleAnalysis(article, cleaned, ContentHash.of(cleaned.text()));
    analysing.fire(analysis);
    return analysis;
  }
}
