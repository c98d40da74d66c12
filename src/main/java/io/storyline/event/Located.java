package io.storyline.event;

/**
 * A value found in a text, with the character offsets of the words that named it (end exclusive).
 */
record Located<T>(T value, int start, int end) {}
