package io.storyline.summary;

import io.storyline.text.Sentence;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article as the summariser sees it: the stored (cleaned) text and its sentences, whose offsets
 * point into {@code text}. Sentences come from the text package's splitter, so this package does
 * not depend on how text is cleaned or split.
 */
public record SourceDocument(
    long articleId, Instant publishedAt, String text, List<Sentence> sentences) {
  public SourceDocument {
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    for (Sentence s : sentences) {
      if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()) {
        throw new IllegalArgumentException(
            "sentence [" + s.start() + "," + s.end() + ") outside text of length " + text.length());
      }
    }
  }
}
