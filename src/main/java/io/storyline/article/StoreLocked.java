package io.storyline.article;

/**
 * Fired inside a write transaction once it holds the store-wide write lock. {@code version} is the
 * store's write count including this transaction; anything other than "last version this instance
 * saw + 1" means another instance wrote in between, and in-memory state derived from the store must
 * catch up.
 */
public record StoreLocked(long version) {}
