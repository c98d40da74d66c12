package io.storyline.article;

/**
 * Fired inside the write transaction once a chunk of new articles has been flushed: observers
 * finish work they deferred per article (a story's title is chosen once per chunk, not once per
 * article).
 */
public record ArticlesWritten(int created) {}
