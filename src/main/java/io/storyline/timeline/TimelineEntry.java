package io.storyline.timeline;

import io.storyline.event.Dating;
import io.storyline.temporal.Granularity;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a story's timeline. {@code date} is the TIMEX3 value at {@code granularity}
 * ("2022-01-10", "2022-01", "2021-SU"); [{@code start}, {@code end}) its days. {@code headline}
 * leads the entry (a sentence, or the clause of it about this entry's date where the sentence
 * reports several days); {@code sentences} are the others, the original wording where a spun copy
 * exists. {@code background}: far outside the time the story was published in (a treaty of 1990 in
 * a story of January 2022), context rather than the story's own events. {@code sortKey} orders
 * entries (date, then salience, then id) as plain string order and is unique: use it as the paging
 * cursor. {@code dating}: how the date was found (explicit if any of its events names it); {@code
 * clauses} and {@code names}: what its events say, for matching an entity query.
 */
public record TimelineEntry(
    String id,
    String date,
    Granularity granularity,
    LocalDate start,
    LocalDate end,
    String headline,
    List<String> sentences,
    List<String> places,
    List<String> actors,
    double salience,
    List<TimelineSource> sources,
    boolean background,
    String sortKey,
    Dating dating,
    List<String> clauses,
    List<String> names) {

  public TimelineEntry {
    clauses = List.copyOf(clauses);
    names = List.copyOf(names);
    sentences = List.copyOf(sentences);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
  }

  TimelineEntry withHeadline(String newHeadline, List<String> newSentences) {
    return new TimelineEntry(
        id,
        date,
        granularity,
        start,
        end,
        newHeadline,
        newSentences,
        places,
        actors,
        salience,
        sources,
        background,
        sortKey,
        dating,
        clauses,
        names);
  }

  /** Number of distinct articles that report this entry. */
  public long articleCount() {
    return sources.stream().map(TimelineSource::articleId).distinct().count();
  }
}
