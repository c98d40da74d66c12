package io.storyline.article;

/** Size limits of an article's fields, enforced at the edge and matched by the database columns. */
public final class ArticleLimits {
  public static final int URL_CHARS = 2048;
  public static final int TITLE_CHARS = 500;
  public static final int BODY_CHARS = 1_000_000;
  public static final int SOURCE_CHARS = 200;

  private ArticleLimits() {}
}
