package io.storyline.event;

/**
 * Where an event is reported: the article, the sentence's offsets in its cleaned text, and the
 * sentence.
 */
public record EventSource(String articleId, int start, int end, String sentence) {}
