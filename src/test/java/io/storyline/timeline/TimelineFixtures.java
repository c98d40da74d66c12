package io.storyline.timeline;

import io.storyline.event.Actor;
import io.storyline.event.ActorKind;
import io.storyline.event.Dating;
import io.storyline.event.Event;
import io.storyline.event.EventDate;
import io.storyline.event.EventSource;
import io.storyline.event.MentionRole;
import io.storyline.event.Place;
import io.storyline.event.PlaceKind;
import io.storyline.temporal.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built events for timeline tests. */
final class TimelineFixtures {

  private TimelineFixtures() {}

  static EventDate date(String value) {
    if (value.length() == 4) {
      LocalDate start = LocalDate.of(Integer.parseInt(value), 1, 1);
      return new EventDate(value, Granularity.YEAR, start, start.plusYears(1));
    }
    if (value.length() == 7) {
      LocalDate start = LocalDate.parse(value + "-01");
      return new EventDate(value, Granularity.MONTH, start, start.plusMonths(1));
    }
    return EventDate.day(LocalDate.parse(value));
  }

  /** An event on {@code date} reported by the given articles (one sentence each), at a place. */
  static Event event(String id, String date, double salience, String place, String... articles) {
    List<EventSource> sources = new ArrayList<>();
    for (String article : articles) {
      sources.add(
          new EventSource(
              article, 10, 40, "Talks in " + place + " (" + id + ", " + article + ").", 10, 10));
    }
    return new Event(
        id,
        date(date),
        "Talks in " + place + " <" + id + ">.",
        List.of("Talks in " + place + "."),
        List.of(new Place(place, PlaceKind.CITY, "")),
        List.of(new Actor("NATO", ActorKind.ORGANISATION)),
        MentionRole.HAPPENING,
        salience,
        sources,
        Dating.EXPLICIT,
        List.of("talks in " + place.toLowerCase(java.util.Locale.ROOT)),
        List.of());
  }
}
