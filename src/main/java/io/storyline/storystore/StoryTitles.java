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
   * Re-chooses the title among the story's articles, leaving out {@code excludedArticleId} (being
   * deleted).
   */
  /**
   * Re-chooses the titles of stories a chunk grew, with one query for all of them (a query per
   * story cost more than the choosing).
   */
  void refreshAll(Collection<Story> stories) {
    List<Story> all = List.copyOf(stories);
    for (int from = 0; from < all.size(); from += STORIES_PER_QUERY) {
      refreshBatch(all.subList(from, Math.min(all.size(), from + STORIES_PER_QUERY)));
    }
  }

  /**
   * Story ids bound in one query: a re-clustering retitles every story, and PostgreSQL takes at
   * most 32,767 parameters.
   */
  private static final int STORIES_PER_QUERY = 500;

  private void refreshBatch(List<Story> stories) {
    Map<Long, List<String>> headlines = new HashMap<>();
    // The first TITLES_CONSIDERED of each story, counted by the database: a long story's other
    // titles are not read out.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        Article.getEntityManager()
            .createNativeQuery(
                "SELECT story_id, title FROM (SELECT story_id, title, ROW_NUMBER() OVER (PARTITION"
                    + " BY story_id ORDER BY published_at, id) AS position FROM article WHERE"
                    + " story_id IN (?1)) ranked WHERE position <= ?2 ORDER BY story_id, position")
            .setParameter(1, stories.stream().map(story -> story.id).toList())
            .setParameter(2, TITLES_CONSIDERED)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    for (Object[] row : rows) {
      headlines
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
          .add((String) row[1]);
    }
    for (Story story : stories) {
      choose(story, headlines.getOrDefault(story.id, List.of()));
    }
  }

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
    choose(
        story,
        rows.stream()
            .filter(r -> !r[0].equals(excludedArticleId))
            .map(r -> (String) r[1])
            .toList());
  }

  private static void choose(Story story, List<String> headlines) {
    if (!headlines.isEmpty()) {
      // The headline whose wording the other headlines share most: central, and an original over a
      // spun copy.
      story.title = headlines.get(WordingConsensus.bestVariant(headlines, headlines));
    }
  }
}
