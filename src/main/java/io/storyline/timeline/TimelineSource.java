package io.storyline.timeline;

/**
 * Where a timeline entry is reported: article, the sentence, its offsets in the article's cleaned
 * text.
 */
public record TimelineSource(String articleId, String sentence, int start, int end) {}
