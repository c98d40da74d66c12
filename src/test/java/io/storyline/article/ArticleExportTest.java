package io.storyline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.article.ArticleExport.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an export page ends: at the limit, or before the article that would pass the budget. */
class ArticleExportTest {
  private static final List<long[]> NEXT =
      List.of(new long[] {3, 400}, new long[] {5, 400}, new long[] {9, 300}, new long[] {12, 50});

  @Test
  void aPageEndsAtTheLimit() {
    assertEquals(new Page(0, 5, 2, true), ArticleExport.bounds(0, 2, 10_000, NEXT));
  }

  @Test
  void aPageEndsBeforeTheArticleThatWouldPassTheBudget() {
    assertEquals(new Page(0, 5, 2, true), ArticleExport.bounds(0, 100, 1000, NEXT));
    assertEquals(new Page(0, 12, 4, false), ArticleExport.bounds(0, 100, 1150, NEXT));
  }

  @Test
  void anArticleLargerThanTheBudgetHasAPageOfItsOwn() {
    assertEquals(new Page(2, 3, 1, true), ArticleExport.bounds(2, 100, 100, NEXT));
  }

  @Test
  void theLastPage() {
    assertEquals(new Page(12, 12, 0, false), ArticleExport.bounds(12, 100, 1000, List.of()));
  }
}
