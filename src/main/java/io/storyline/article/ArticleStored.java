package io.storyline.article;

/**
 * Fired inside the write transaction, under the ingest lock, once a new article has its id:
 * observers (story assignment, event mentions) fill in their columns before the commit.
 */
public record ArticleStored(Article article, ArticleAnalysis analysis) {}
