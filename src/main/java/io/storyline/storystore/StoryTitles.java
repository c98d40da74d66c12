package io.storyline.storystore;

import io.storyline.article.Article;
import io.storyline.text.WordingConsensus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Chooses a story's title: the headline of one of its articles (never invented text). */
@ApplicationScoped
public class StoryTitles {
  private static final int TITLES_CONSIDERED = 50;

  /**
   * Story ids bound in one query: a re-clustering retitles every story, and PostgreSQL takes at
   * most 32,767 parameters.
   */
  private static final int STORIES_PER_QUERY = 500;

  /** No article has this id (ids start at 1): nothing is left out. */
  private static final long NO_ARTICLE = 0;

  /**
   * Re-chooses the titles of the stories a chunk grew, with one query per {@value
   * #STORIES_PER_QUERY} stories (a query per story cost more than the choosing).
   */
  void refreshAll(Collection<Story> stories) {
    List<Story> all = List.copyOf(stories);
    for (int from = 0; from < all.size(); from += STORIES_PER_QUERY) {
      refresh(all.subList(from, Math.min(all.size(), from + STORIES_PER_QUERY)), NO_ARTICLE);
    }
  }

  /**
   * Re-chooses the title among the story's articles but {@code excludedArticleId} (being deleted).
   */
  void refresh(Story story, long excludedArticleId) {
    refresh(List.of(story), excludedArticleId);
  }

  private void refresh(List<Story> stories, long excludedArticleId) {
    // The first TITLES_CONSIDERED of each story, counted by the database: a long story's other
    // titles are not read out. Columns, not entities: loading whole articles (bodies, texts) made
    // every later flush dirty-check them. No flush first: the chunk's articles are flushed already,
    // and the automatic flush dirty-checked every entity of the chunk.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        Article.getEntityManager()
            .createNativeQuery(
                "SELECT story_id, title FROM (SELECT story_id, title, ROW_NUMBER() OVER (PARTITION"
                    + " BY story_id ORDER BY published_at, id) AS position FROM article WHERE"
                    + " story_id IN (?1) AND id <> ?2) ranked WHERE position <= ?3 ORDER BY"
                    + " story_id, position")
            .setParameter(1, stories.stream().map(story -> story.id).toList())
            .setParameter(2, excludedArticleId)
            .setParameter(3, TITLES_CONSIDERED)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    Map<Long, List<String>> headlines = new HashMap<>();
    for (Object[] row : rows) {
      headlines
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
          .add((String) row[1]);
    }
    for (Story story : stories) {
      List<String> own = headlines.getOrDefault(story.id, List.of());
      if (!own.isEmpty()) {
        // The headline whose wording the other headlines share most: central, and an original
        // over a spun copy.
        story.title = own.get(WordingConsensus.bestVariant(own, own));
      }
    }
  }
}
