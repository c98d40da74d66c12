package io.storyline.text;

/** A word or number of a text: {@code text} is {@code source.substring(start, end)}. */
public record Token(int start, int end, String text) {}
