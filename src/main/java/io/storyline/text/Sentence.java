package io.storyline.text;

/** A sentence of a cleaned text: {@code text} is {@code cleaned.substring(start, end)}. */
public record Sentence(int start, int end, String text) {}
