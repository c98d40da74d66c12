package io.storyline.summary;

/**
 * A sentence chosen for a summary: {@code text} is the stored text of article {@code articleId} at
 * [start, end).
 */
public record SummarySentence(long articleId, int start, int end, String text) {}
