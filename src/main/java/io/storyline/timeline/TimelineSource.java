package io.storyline.timeline;

/**
 * Where a timeline entry is reported: article, the sentence, its offsets in the article's cleaned
 * text, and the offsets of the temporal expression dating the entry (in the same text).
 */
public record TimelineSource(
    String articleId, String sentence, int start, int end, int dateStart, int dateEnd) {}
