package io.storyline.event;

import java.util.List;

/**
 * One happening as reported across a story's articles: its date, a headline (the best-formed of its
 * sentences), every distinct sentence and source, places and actors (most often named first), the
 * strongest role among its mentions, and a salience in [0, 1] (share of the story's articles that
 * report it, substance, centrality to the story; less when the date is only inferred). {@code id}
 * is stable for the same input. {@code dating}: explicit when any mention names the date, else how
 * it was inferred; {@code clauses} and {@code names}: its mentions' normal clause words and fuller
 * names, for finding the events of an entity ({@link NameQuery}).
 */
public record Event(
    String id,
    EventDate date,
    String headline,
    List<String> sentences,
    List<Place> places,
    List<Actor> actors,
    MentionRole role,
    double salience,
    List<EventSource> sources,
    Dating dating,
    List<String> clauses,
    List<String> names) {

  public Event {
    dating = dating == null ? Dating.EXPLICIT : dating;
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
    names = names == null ? List.of() : List.copyOf(names);
    sentences = List.copyOf(sentences);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
  }

  /** Number of distinct articles that report this event. */
  public long articleCount() {
    return sources.stream().map(EventSource::articleId).distinct().count();
  }
}
