package io.storyline.storystore;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.event.Actor;
import io.storyline.event.Dating;
import io.storyline.event.Event;
import io.storyline.event.EventDate;
import io.storyline.event.EventSource;
import io.storyline.event.MentionRole;
import io.storyline.event.Place;
import io.storyline.timeline.CitedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a story's merged events: each event's distinct sentences once. An event
 * carries its headline (its first sentence), its sentences and each source's sentence, which are
 * most often the same few strings, so storing them as they are held each sentence three or four
 * times (15 KB per 3-article story, written after every change and read by every cold timeline).
 * Here a source names its sentence by its index in the event's {@code sentences} followed by {@code
 * moreSentences} (source sentences that are not among them), and the headline is stored only when
 * it is not the first sentence.
 */
@RegisterForReflection
record StoredEvents(List<StoredEvents.Stored> events, Map<Long, CitedArticle> articles) {

  @RegisterForReflection
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Stored(
      String id,
      EventDate date,
      String headline,
      List<String> sentences,
      List<String> moreSentences,
      List<Place> places,
      List<Actor> actors,
      MentionRole role,
      double salience,
      List<Source> sources,
      Dating dating,
      List<String> clauses,
      List<String> names) {}

  /** A source whose sentence is {@code sentence}, an index as {@link StoredEvents} says. */
  @RegisterForReflection
  record Source(String articleId, int start, int end, int sentence, int dateStart, int dateEnd) {}

  static StoredEvents of(StoryEvents.Merged merged) {
    List<Stored> events = new ArrayList<>(merged.events().size());
    for (Event event : merged.events()) {
      Map<String, Integer> index = new HashMap<>();
      event.sentences().forEach(s -> index.putIfAbsent(s, index.size()));
      List<String> more = new ArrayList<>();
      List<Source> sources = new ArrayList<>(event.sources().size());
      for (EventSource source : event.sources()) {
        Integer at = index.get(source.sentence());
        if (at == null) {
          at = index.size();
          index.put(source.sentence(), at);
          more.add(source.sentence());
        }
        sources.add(
            new Source(
                source.articleId(),
                source.start(),
                source.end(),
                at,
                source.dateStart(),
                source.dateEnd()));
      }
      boolean headlineFirst =
          !event.sentences().isEmpty() && event.sentences().get(0).equals(event.headline());
      events.add(
          new Stored(
              event.id(),
              event.date(),
              headlineFirst ? null : event.headline(),
              event.sentences(),
              more,
              event.places(),
              event.actors(),
              event.role(),
              event.salience(),
              sources,
              event.dating(),
              event.clauses(),
              event.names()));
    }
    return new StoredEvents(events, merged.articles());
  }

  StoryEvents.Merged toMerged() {
    List<Event> merged = new ArrayList<>(events.size());
    for (Stored stored : events) {
      List<String> sentences = orEmpty(stored.sentences());
      List<String> all = new ArrayList<>(sentences);
      all.addAll(orEmpty(stored.moreSentences()));
      List<EventSource> sources = new ArrayList<>();
      for (Source source : orEmpty(stored.sources())) {
        sources.add(
            new EventSource(
                source.articleId(),
                source.start(),
                source.end(),
                all.get(source.sentence()),
                source.dateStart(),
                source.dateEnd()));
      }
      merged.add(
          new Event(
              stored.id(),
              stored.date(),
              stored.headline() != null ? stored.headline() : sentences.get(0),
              sentences,
              orEmpty(stored.places()),
              orEmpty(stored.actors()),
              stored.role(),
              stored.salience(),
              sources,
              stored.dating(),
              stored.clauses(),
              stored.names()));
    }
    return new StoryEvents.Merged(merged, articles == null ? Map.of() : Map.copyOf(articles));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
