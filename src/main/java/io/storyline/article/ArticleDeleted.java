package io.storyline.article;

/** Fired inside the delete transaction, before the row goes, so stories can forget the article. */
public record ArticleDeleted(Article article) {}
