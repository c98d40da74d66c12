package io.storyline.storystore;

import io.quarkus.panache.common.Parameters;
import io.storyline.api.Cursor;
import io.storyline.api.Page;
import io.storyline.domain.StoryNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads stories for the API. */
@ApplicationScoped
public class StoryQueries {

  public Story find(String id) {
    long storyId;
    try {
      storyId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new StoryNotFound("'" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
    }
    Story story = Story.findById(storyId);
    if (story == null) {
      throw new StoryNotFound(storyId);
    }
    return story;
  }

  /**
   * Newest first (by last publication, then id); a story overlapping [from, to) matches the date
   * filter.
   */
  public Page<StoryView> list(
      Optional<Instant> from, Optional<Instant> to, int limit, Optional<Cursor> cursor) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    from.ifPresent(
        f -> {
          where.append(" and lastPublishedAt >= :from");
          params.and("from", f);
        });
    to.ifPresent(
        t -> {
          where.append(" and firstPublishedAt < :to");
          params.and("to", t);
        });
    cursor.ifPresent(
        c -> {
          where.append(" and (lastPublishedAt < :last or (lastPublishedAt = :last and id < :id))");
          params.and("last", Instant.ofEpochMilli(c.primary())).and("id", c.id());
        });
    where.append(" order by lastPublishedAt desc, id desc");
    List<Story> rows = Story.<Story>find(where.toString(), params).page(0, limit + 1).list();
    return Page.keyset(
        rows, limit, StoryView::of, s -> new Cursor(s.lastPublishedAt.toEpochMilli(), s.id));
  }
}
