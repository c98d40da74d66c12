package io.storyline.text;

/**
 * A line the cleaner dropped as feed junk, with the reason (the rule's name) so it can be shown and
 * tested.
 */
public record RemovedLine(int lineNumber, String line, String reason) {}
