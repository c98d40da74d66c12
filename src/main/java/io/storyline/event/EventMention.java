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
 * A stored mention has no {@code sentence} (nor article id) until {@link #inArticle} restores it
 * from the article's text; empty values are not stored.
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
    trigger = trigger == null ? "" : trigger;
    dating = dating == null ? Dating.EXPLICIT : dating;
    clause = clause == null ? "" : clause;
    names = copyOrEmpty(names);
    places = copyOrEmpty(places);
    locations = copyOrEmpty(locations);
    actors = copyOrEmpty(actors);
    kinds = copyOrEmpty(kinds);
  }

  /** A list left out of the stored form (empty, or not read) is empty. */
  private static <T> List<T> copyOrEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * The same mention attributed to {@code id} (mentions are computed before the article has its
   * id).
   */
  public EventMention withArticleId(String id) {
    return attributed(id, sentence);
  }

  /**
   * The same mention attributed to article {@code id}, whose cleaned text is {@code text}: a stored
   * mention keeps its sentence only as offsets into that text.
   */
  public EventMention inArticle(String id, String text) {
    return attributed(id, sentence != null ? sentence : text.substring(sentenceStart, sentenceEnd));
  }

  private EventMention attributed(String id, String sentenceText) {
    return new EventMention(
        id,
        date,
        role,
        trigger,
        sentenceStart,
        sentenceEnd,
        sentenceText,
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
