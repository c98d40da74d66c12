package io.storyline.event;

import java.util.List;

/**
 * One dated clause of one article: the date, what it dates (a happening or a statement), the sentence it
 * stands in (offsets into the article's cleaned text), the places and actors of its clause, and a
 * "substantive" score in [0, 1] (happenings with a place and actors score high, bare statements low).
 */
public record EventMention(
    String articleId,
    EventDate date,
    MentionRole role,
    String trigger,
    int sentenceStart,
    int sentenceEnd,
    String sentence,
    int dateStart,
    int dateEnd,
    List<Place> places,
    List<Actor> actors,
    double substantive) {

  public EventMention {
    places = List.copyOf(places);
    actors = List.copyOf(actors);
  }
}
