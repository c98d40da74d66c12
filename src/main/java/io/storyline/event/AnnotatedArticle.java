package io.storyline.event;

import io.storyline.temporal.TemporalExpression;
import io.storyline.text.Sentence;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One article as the event extractor sees it: the cleaned text all offsets point into, its
 * sentences and the temporal expressions the tagger found in that text (anchored to {@code
 * publishedAt}).
 */
public record AnnotatedArticle(
    String id,
    LocalDateTime publishedAt,
    String text,
    List<Sentence> sentences,
    List<TemporalExpression> expressions) {

  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    expressions = List.copyOf(expressions);
  }
}
