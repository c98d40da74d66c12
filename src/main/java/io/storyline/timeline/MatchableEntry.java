package io.storyline.timeline;

import io.storyline.event.NameWords;
import java.util.ArrayList;
import java.util.List;

/**
 * A timeline entry with the normal words (see {@link NameWords}) of everything an {@link
 * EntityFilter} tests: its clauses and the fuller names they use, its places and actors (the
 * sentences instead of clauses where mentions were stored before clause words existed), and its
 * headline, and their words hashed, so most entries are passed over by a hash lookup. Computed once
 * per story version, so a topic search compares words and scans no text. Immutable.
 */
public record MatchableEntry(
    TimelineEntry entry, List<String> normalTexts, String normalHeadline, StoryWords words) {

  public MatchableEntry {
    normalTexts = List.copyOf(normalTexts);
  }

  public static MatchableEntry of(TimelineEntry entry) {
    List<String> texts = new ArrayList<>();
    if (entry.clauses().isEmpty()) {
      entry.sentences().forEach(sentence -> texts.add(normal(sentence)));
    }
    texts.addAll(entry.clauses());
    texts.addAll(entry.names());
    entry.places().forEach(place -> texts.add(normal(place)));
    entry.actors().forEach(actor -> texts.add(normal(actor)));
    return new MatchableEntry(entry, texts, normal(entry.headline()), StoryWords.ofNormal(texts));
  }

  /** The text's normal words, space-separated, as clause words are stored. */
  private static String normal(String text) {
    return String.join(" ", NameWords.of(text));
  }
}
