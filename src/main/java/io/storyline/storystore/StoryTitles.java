package io.storyline.storystore;

import io.storyline.article.Article;
import io.storyline.text.WordingConsensus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.util.List;

/** Chooses a story's title: the headline of one of its articles (never invented text). */
@ApplicationScoped
public class StoryTitles {
  private static final int TITLES_CONSIDERED = 50;

  /**
   * Re-chooses the title among the story's articles, leaving out {@code excludedArticleId} (being
   * deleted).
   */
  void refresh(Story story, Long excludedArticleId) {
    // Titles only: loading whole articles (bodies, texts) made every later flush dirty-check them.
    // No flush
    // first: the chunk's articles are flushed already (a deleted one is left out by id), and the
    // automatic
    // flush dirty-checked every entity of the chunk once per story it grew.
    List<Object[]> rows =
        Article.getEntityManager()
            .createQuery(
                "select a.id, a.title from Article a where a.storyId = ?1 order by a.publishedAt,"
                    + " a.id",
                Object[].class)
            .setParameter(1, story.id)
            .setFlushMode(FlushModeType.COMMIT)
            .setMaxResults(TITLES_CONSIDERED)
            .getResultList();
    List<String> headlines =
        rows.stream().filter(r -> !r[0].equals(excludedArticleId)).map(r -> (String) r[1]).toList();
    if (!headlines.isEmpty()) {
      // The headline whose wording the other headlines share most: central, and an original over a
      // spun copy.
      story.title = headlines.get(WordingConsensus.bestVariant(headlines, headlines));
    }
  }
}
