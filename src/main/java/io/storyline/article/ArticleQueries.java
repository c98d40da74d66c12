package io.storyline.article;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.storyline.api.Cursor;
import io.storyline.api.Page;
import io.storyline.domain.ArticleNotFound;
import io.storyline.store.Json;
import io.storyline.text.RemovedLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads articles for the API. */
@ApplicationScoped
public class ArticleQueries {
  private static final TypeReference<List<RemovedLine>> REMOVED = new TypeReference<>() {};
  private final Json json;

  ArticleQueries(Json json) {
    this.json = json;
  }

  public Article find(String id) {
    long articleId;
    try {
      articleId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new ArticleNotFound(quoted(id));
    }
    Article article = Article.findById(articleId);
    if (article == null) {
      throw new ArticleNotFound(articleId);
    }
    return article;
  }

  /**
   * A story's most recent articles (by publication, then id), at most {@code limit}, as the plain
   * values its events and summary are computed from: a projection, so no entity (body, stored
   * features) is loaded or tracked by the persistence context.
   */
  public List<ArticleText> latestOfStory(long storyId, int limit) {
    List<Object[]> rows =
        Article.getEntityManager()
            .createQuery(
                ARTICLE_TEXTS + " where a.storyId = ?1 order by a.publishedAt desc, a.id desc",
                Object[].class)
            .setParameter(1, storyId)
            .setMaxResults(limit)
            .getResultList();
    return texts(rows);
  }

  /** The columns of an {@link ArticleText}, in the order {@link #texts} reads them. */
  private static final String ARTICLE_TEXTS =
      "select a.id, a.title, a.url, a.publishedAt, a.text, a.eventMentions, a.sentenceBounds"
          + " from Article a";

  private static List<ArticleText> texts(List<Object[]> rows) {
    List<ArticleText> articles = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      articles.add(
          new ArticleText(
              (Long) row[0],
              (String) row[1],
              Optional.ofNullable((String) row[2]),
              (Instant) row[3],
              (String) row[4],
              Optional.ofNullable((String) row[5]),
              Optional.ofNullable((String) row[6])));
    }
    return articles;
  }

  /**
   * Articles of every story published in [{@code from}, {@code to}) (either bound optional), oldest
   * first, at most {@code limit}: the corpus of a topic timeline.
   */
  public List<ArticleText> publishedBetween(
      Optional<Instant> from, Optional<Instant> to, int limit) {
    List<Object[]> rows =
        Article.getEntityManager()
            .createQuery(
                ARTICLE_TEXTS
                    + " where a.publishedAt >= ?1 and a.publishedAt < ?2"
                    + " order by a.publishedAt, a.id",
                Object[].class)
            .setParameter(1, from.orElse(Instant.EPOCH.minusSeconds(62_000_000_000L)))
            .setParameter(2, to.orElse(Instant.parse("9999-12-31T00:00:00Z")))
            .setMaxResults(limit)
            .getResultList();
    return texts(rows);
  }

  /** Newest first (by id, which grows with ingest), keyset-paged so pages never skip or repeat. */
  public Page<ArticleView> list(
      String source,
      Optional<Instant> from,
      Optional<Instant> to,
      int limit,
      Optional<Cursor> cursor) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (source != null && !source.isBlank()) {
      where.append(" and source = :source");
      params.and("source", source.strip());
    }
    from.ifPresent(
        f -> {
          where.append(" and publishedAt >= :from");
          params.and("from", f);
        });
    to.ifPresent(
        t -> {
          where.append(" and publishedAt < :to");
          params.and("to", t);
        });
    cursor.ifPresent(
        c -> {
          where.append(" and id < :after");
          params.and("after", c.id());
        });
    List<Article> rows =
        Article.<Article>find(where.toString(), Sort.descending("id"), params)
            .page(0, limit + 1)
            .list();
    return Page.keyset(rows, limit, a -> view(a, false), a -> new Cursor(0, a.id));
  }

  /** A story's articles, oldest first (by publication, then id), keyset-paged. */
  public Page<ArticleView> ofStory(long storyId, int limit, Optional<Cursor> cursor) {
    String where =
        "storyId = :story"
            + (cursor.isPresent()
                ? " and (publishedAt > :at or (publishedAt = :at and id > :id))"
                : "");
    Parameters params = Parameters.with("story", storyId);
    cursor.ifPresent(c -> params.and("at", Instant.ofEpochMilli(c.primary())).and("id", c.id()));
    List<Article> rows =
        Article.<Article>find(where + " order by publishedAt, id", params)
            .page(0, limit + 1)
            .list();
    return Page.keyset(
        rows, limit, a -> view(a, false), a -> new Cursor(a.publishedAt.toEpochMilli(), a.id));
  }

  public ArticleView view(Article a, boolean full) {
    Optional<ArticleView.NearDuplicate> near =
        a.nearDuplicateOf == null
            ? Optional.empty()
            : Optional.of(
                new ArticleView.NearDuplicate(
                    a.nearDuplicateOf,
                    a.nearDuplicateSimilarity == null ? 0 : a.nearDuplicateSimilarity));
    return new ArticleView(
        a.id,
        Optional.ofNullable(a.url),
        a.title,
        Optional.ofNullable(a.source),
        a.publishedAt,
        Optional.ofNullable(a.language),
        Optional.ofNullable(a.storyId),
        near,
        full ? Optional.of(a.text) : Optional.empty(),
        full ? Optional.of(removed(a)) : Optional.empty());
  }

  private List<ArticleView.RemovedLineView> removed(Article a) {
    if (a.removedLines == null) {
      return List.of();
    }
    return json.read(a.removedLines, REMOVED).stream()
        .map(r -> new ArticleView.RemovedLineView(r.lineNumber(), r.line(), r.reason()))
        .toList();
  }

  private static String quoted(String id) {
    String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
    return "'" + shown + "'";
  }
}
