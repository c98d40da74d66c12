package io.storyline.temporal;

/** A parser's proposal: tokens [first, last] read as {@code reading} by the named rule. */
record Candidate(int first, int last, Reading reading, String rule) {
  int width() {
    return last - first;
  }
}
