package io.storyline.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads stored articles for export in id order (the order they were stored in, so re-importing them
 * grows the same stories), a page at a time and a few rows at a time within it: memory stays the
 * same however large the store.
 */
@ApplicationScoped
public class ArticleExport {
  /** Rows read per query while a page is streamed. */
  static final int ROWS_PER_READ = 100;

  /**
   * Characters of title and body per page, at most (a page has at least one article): about 2 MB of
   * NDJSON for English text, and under the default 8 MB bulk limit whatever the script, so a page
   * can be posted to {@code /api/articles/bulk} as it is.
   */
  static final long PAGE_CHARACTERS = 2_000_000;

  /** The articles of one page: ids after {@code after}, up to and including {@code last}. */
  public record Page(long after, long last, int articles, boolean more) {}

  /**
   * Where the page after {@code after} ends: at most {@code limit} articles and the size budget.
   */
  public Page page(long after, int limit) {
    List<Object[]> sizes =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Article.getEntityManager()
                        .createQuery(
                            "select a.id, length(a.title) + length(a.body) from Article a"
                                + " where a.id > ?1 order by a.id",
                            Object[].class)
                        .setParameter(1, after)
                        .setMaxResults(limit + 1)
                        .getResultList());
    List<long[]> idAndSize = new ArrayList<>(sizes.size());
    for (Object[] row : sizes) {
      idAndSize.add(new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()});
    }
    return bounds(after, limit, PAGE_CHARACTERS, idAndSize);
  }

  /**
   * The page after {@code after} among the next articles ({id, characters}, in id order): as many
   * as fit {@code limit} and {@code budget}, and at least one.
   */
  static Page bounds(long after, int limit, long budget, List<long[]> next) {
    long last = after;
    long characters = 0;
    int articles = 0;
    for (long[] article : next) {
      if (articles == limit || (articles > 0 && characters + article[1] > budget)) {
        return new Page(after, last, articles, true);
      }
      last = article[0];
      characters += article[1];
      articles++;
    }
    return new Page(after, last, articles, false);
  }

  /**
   * The next few articles of a page after {@code after}, as {@code POST /api/articles/bulk} takes
   * them, each with its id (to go on from); empty when the page is done.
   */
  public List<Exported> read(Page page, long after) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Object[]> rows =
                  Article.getEntityManager()
                      .createQuery(
                          "select a.id, a.url, a.title, a.body, a.source, a.publishedAt, a.language"
                              + " from Article a where a.id > ?1 and a.id <= ?2 order by a.id",
                          Object[].class)
                      .setParameter(1, after)
                      .setParameter(2, page.last())
                      .setMaxResults(ROWS_PER_READ)
                      .getResultList();
              List<Exported> articles = new ArrayList<>(rows.size());
              for (Object[] row : rows) {
                articles.add(
                    new Exported(
                        (Long) row[0],
                        new ArticleInput(
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            (String) row[4],
                            ((Instant) row[5]).toString(),
                            (String) row[6])));
              }
              return articles;
            });
  }

  /** One exported article and its id. */
  public record Exported(long id, ArticleInput article) {}
}
