package io.storyline.domain;

/** No stored article has this id (or the id is not one this service hands out). */
public final class ArticleNotFound extends NotFound {
  public ArticleNotFound(Object id) {
    super("Article", id);
  }
}
