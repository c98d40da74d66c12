package io.storyline.event;

/**
 * Where an event is reported: the article, the sentence's offsets in its cleaned text, the
 * sentence, and the offsets of the temporal expression that dates the event (in the same text).
 */
public record EventSource(
    String articleId, int start, int end, String sentence, int dateStart, int dateEnd) {}
