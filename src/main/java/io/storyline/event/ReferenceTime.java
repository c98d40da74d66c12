package io.storyline.event;

import io.storyline.temporal.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The time a reader places an undated sentence of a news article at, sentence by sentence. In the
 * lead (the first {@link #LEAD_SENTENCES} sentences) the present and the present perfect speak of
 * the news itself: the publication date. A past-tense report goes on from the last day the article
 * named before it, on or before publication ("Jobs spoke on Monday. He announced ..."), the
 * narrative date; with no day named yet, past reports in the lead are dated by publication too.
 * Later undated sentences without a narrative date stay undated (background whose time is unknown),
 * and plans and predictions are never dated by inference. Not thread-safe: one per article.
 */
final class ReferenceTime {

  /** How many sentences open a news article with its news (the lead). */
  static final int LEAD_SENTENCES = 5;

  /** An inferred date and how it was inferred. */
  record Inferred(EventDate date, Dating dating) {}

  private final LocalDate publication;
  private final EventDate published;
  private Optional<EventDate> narrative = Optional.empty();
  private int sentences;

  ReferenceTime(LocalDate publication) {
    this.publication = publication;
    this.published = EventDate.day(publication);
  }

  LocalDate publication() {
    return publication;
  }

  /** A sentence has been read. */
  void next() {
    sentences++;
  }

  /**
   * The dates a sentence names: the last day not after publication sets the narrative date. A month
   * or a year ("in April", "9 months ago") is background more often than the scene the story goes
   * on in.
   */
  void dated(List<Located<List<EventDate>>> dates) {
    for (Located<List<EventDate>> located : dates) {
      for (EventDate date : located.value()) {
        if (date.granularity() == Granularity.DAY && !date.start().isAfter(publication)) {
          narrative = Optional.of(date);
        }
      }
    }
  }

  /** The date of an undated sentence whose main clause has this tense, if a reader infers one. */
  Optional<Inferred> undated(ClauseTense.Tense tense) {
    return switch (tense) {
      case PERFECT -> lead();
      case PRESENT -> Optional.empty();
      case PAST -> narrative.map(date -> new Inferred(date, Dating.NARRATIVE)).or(this::lead);
      case PLAN, NONE -> Optional.empty();
    };
  }

  private Optional<Inferred> lead() {
    return sentences < LEAD_SENTENCES
        ? Optional.of(new Inferred(published, Dating.PUBLICATION))
        : Optional.empty();
  }
}
