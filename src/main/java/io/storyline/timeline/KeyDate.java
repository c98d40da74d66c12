package io.storyline.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One of the dates that matter in a topic: the day, how much of the corpus points at it ({@code
 * score}: the articles that point at it, each by its strongest evidence, see {@link KeyDates}), and
 * its summary sentences.
 */
public record KeyDate(LocalDate day, double score, List<Sentence> sentences) {

  public KeyDate {
    sentences = List.copyOf(sentences);
  }

  /** A sentence as written in one article: [{@code start}, {@code end}) of its cleaned text. */
  public record Sentence(long articleId, int start, int end, String text) {}
}
