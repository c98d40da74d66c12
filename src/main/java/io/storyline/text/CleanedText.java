package io.storyline.text;

import java.util.List;

/**
 * An article body after cleaning: plain text (the stored text all offsets point into) and what was
 * removed.
 */
public record CleanedText(String text, List<RemovedLine> removed) {
  public CleanedText {
    removed = List.copyOf(removed);
  }
}
