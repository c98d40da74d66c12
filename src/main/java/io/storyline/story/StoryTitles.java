package io.storyline.story;

import io.storyline.article.Article;
import jakarta.enterprise.context.ApplicationScoped;
import io.storyline.text.WordingConsensus;
import java.util.List;

/** Chooses a story's title: the headline of one of its articles (never invented text). */
@ApplicationScoped
public class StoryTitles {
  private static final int TITLES_CONSIDERED = 50;

  /** Re-chooses the title among the story's articles, leaving out {@code excludedArticleId} (being deleted). */
  void refresh(Story story, Long excludedArticleId) {
    List<Article> articles = Article.find("storyId = ?1 order by publishedAt, id", story.id).page(0, TITLES_CONSIDERED).list();
    List<String> headlines = articles.stream().filter(a -> !a.id.equals(excludedArticleId)).map(a -> a.title).toList();
    if (!headlines.isEmpty()) {
      // The headline whose wording the other headlines share most: central, and an original over a spun copy.
      story.title = headlines.get(WordingConsensus.bestVariant(headlines, headlines));
    }
  }
}
