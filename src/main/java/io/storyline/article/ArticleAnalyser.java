package io.storyline.article;

import io.storyline.text.CleanedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Runs the pure-Java pipeline on an article before it is written (no locks, no transaction). */
@ApplicationScoped
public class ArticleAnalyser {

  public AnalysedArticle analyse(ValidArticle article) {
    CleanedText cleaned = new CleanedText(article.body().strip(), List.of());
    return new AnalysedArticle(article, cleaned, ContentHash.of(cleaned.text()));
  }
}
