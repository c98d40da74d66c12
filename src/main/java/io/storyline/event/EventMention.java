package io.storyline.event;

import java.util.List;

/**
 * One dated clause of one article: the date, what it dates (a happening or a statement), the
 * sentence it stands in (offsets into the article's cleaned text), the places and actors of its
 * clause ({@code locations}: the places named as where it happened, "in Geneva"), and a
 * "substantive" score in [0, 1] (happenings with a place and actors score high, bare statements
 * low). {@code kinds}: the kinds of happening named in its clause ("meeting" for talks, a session,
 * a dinner; "call"; "attack"), from the data. {@code dating}: how the date was found; {@code
 * clause}: the normal words of the clause ({@link NameWords}) and {@code names}: the fuller names
 * the article uses for the clause's names ("steve jobs" for "Jobs"), both for finding the events of
 * an entity. Mentions stored before these existed read as explicit, with no clause words or names.
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
    List<Place> locations,
    List<Actor> actors,
    List<String> kinds,
    double substantive,
    Dating dating,
    String clause,
    List<String> names) {

  public EventMention {
    dating = dating == null ? Dating.EXPLICIT : dating;
    clause = clause == null ? "" : clause;
    names = names == null ? List.of() : List.copyOf(names);
    places = List.copyOf(places);
    locations = List.copyOf(locations);
    actors = List.copyOf(actors);
    kinds = List.copyOf(kinds);
  }

  /**
   * The same mention attributed to {@code id} (mentions are computed before the article has its
   * id).
   */
  public EventMention withArticleId(String id) {
    return new EventMention(
        id,
        date,
        role,
        trigger,
        sentenceStart,
        sentenceEnd,
        sentence,
        dateStart,
        dateEnd,
        places,
        locations,
        actors,
        kinds,
        substantive,
        dating,
        clause,
        names);
  }
}
