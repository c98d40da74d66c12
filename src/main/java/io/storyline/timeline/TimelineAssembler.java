package io.storyline.timeline;

import io.storyline.event.Actor;
import io.storyline.event.Dating;
import io.storyline.event.Event;
import io.storyline.event.EventDate;
import io.storyline.event.EventSource;
import io.storyline.event.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a story's events into date-ordered timeline entries, filtered and rolled up as a {@link
 * TimelineQuery} says, and pages them by sort key. Stateless and thread-safe.
 */
public final class TimelineAssembler {

  /** Entries without background marks (publication days unknown). */
  public List<TimelineEntry> assemble(List<Event> events, TimelineQuery query) {
    return assemble(events, query, PublicationSpan.unknown());
  }

  /**
   * Entries in date order, each with a headline no other entry has where its sentences allow, and
   * marked as background when far outside the story's publication span.
   */
  public List<TimelineEntry> assemble(
      List<Event> events, TimelineQuery query, PublicationSpan span) {
    // Without a resolution every event is its own entry; with one, the events of a period share an
    // entry.
    Map<Object, List<Event>> groups = new LinkedHashMap<>();
    Map<Object, EventDate> periods = new LinkedHashMap<>();
    for (Event event : events) {
      EventDate period = query.resolution().map(event.date()::rollUp).orElse(event.date());
      if (query.overlaps(period.start(), period.end())) {
        Object key = query.resolution().isPresent() ? period : event.id();
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        periods.put(key, period);
      }
    }
    List<TimelineEntry> entries = new ArrayList<>();
    groups.forEach(
        (key, members) -> {
          TimelineEntry entry =
              entry(periods.get(key), members, query.resolution().isPresent(), span);
          if (entry.articleCount() >= query.minSources()) {
            entries.add(entry);
          }
        });
    List<TimelineEntry> headed = distinctHeadlines(entries);
    headed.sort(Comparator.comparing(TimelineEntry::sortKey));
    return headed;
  }

  /**
   * One sentence naming several days ("talks Monday ..., continuing Wednesday in Brussels and
   * Thursday in Vienna") is each of those days' best sentence. Each such entry leads with the
   * clause about its own date; where that is not enough, the more salient entry keeps the headline
   * and the others lead with their next sentence no other entry leads with. The headline is then
   * left out of {@code sentences}, which the entry would otherwise repeat.
   */
  private static List<TimelineEntry> distinctHeadlines(List<TimelineEntry> entries) {
    Map<String, List<HeadlineClause.Span>> datesOfLead = new HashMap<>();
    entries.forEach(
        entry ->
            datesOfLead
                .computeIfAbsent(entry.headline(), h -> new ArrayList<>())
                .add(ownDate(entry).orElse(new HeadlineClause.Span(-1, -1))));
    List<TimelineEntry> bySalience = new ArrayList<>(entries);
    bySalience.sort(
        Comparator.comparingDouble(TimelineEntry::salience)
            .reversed()
            .thenComparing(TimelineEntry::sortKey));
    Set<String> used = new HashSet<>();
    List<TimelineEntry> headed = new ArrayList<>();
    for (TimelineEntry entry : bySalience) {
      String headline = entry.headline();
      List<HeadlineClause.Span> dates = datesOfLead.get(headline);
      if (dates.size() > 1) {
        headline =
            ownDate(entry)
                .flatMap(
                    own ->
                        HeadlineClause.around(
                            entry.headline(),
                            own,
                            dates.stream().filter(date -> !date.equals(own)).toList()))
                .filter(clause -> !used.contains(clause))
                .orElse(headline);
      }
      if (used.contains(headline)) {
        headline =
            entry.sentences().stream()
                .filter(sentence -> !used.contains(sentence) && !datesOfLead.containsKey(sentence))
                .findFirst()
                .orElse(headline);
      }
      used.add(headline);
      String lead = headline;
      headed.add(
          entry.withHeadline(
              headline, entry.sentences().stream().filter(s -> !s.equals(lead)).toList()));
    }
    return headed;
  }

  /** Where the entry's own date stands in its headline sentence. */
  private static Optional<HeadlineClause.Span> ownDate(TimelineEntry entry) {
    return entry.sources().stream()
        .filter(source -> source.sentence().equals(entry.headline()))
        .findFirst()
        .map(
            source ->
                new HeadlineClause.Span(
                    source.dateStart() - source.start(), source.dateEnd() - source.start()));
  }

  /** Entries after the given sort key (all from the start when empty), at most {@code limit}. */
  public TimelinePage page(List<TimelineEntry> entries, Optional<String> after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    List<TimelineEntry> rest =
        entries.stream()
            .filter(entry -> after.map(key -> entry.sortKey().compareTo(key) > 0).orElse(true))
            .sorted(Comparator.comparing(TimelineEntry::sortKey))
            .toList();
    List<TimelineEntry> page = rest.subList(0, Math.min(limit, rest.size()));
    Optional<String> next =
        rest.size() > limit ? Optional.of(page.get(page.size() - 1).sortKey()) : Optional.empty();
    return new TimelinePage(page, next);
  }

  /** One entry for the events of one period: the most salient event leads, the others add to it. */
  private static TimelineEntry entry(
      EventDate period, List<Event> members, boolean rolledUp, PublicationSpan span) {
    List<Event> ordered = new ArrayList<>(members);
    ordered.sort(Comparator.comparingDouble(Event::salience).reversed().thenComparing(Event::id));
    LinkedHashSet<String> sentences = new LinkedHashSet<>();
    LinkedHashSet<String> places = new LinkedHashSet<>();
    LinkedHashSet<String> actors = new LinkedHashSet<>();
    Map<String, TimelineSource> sources = new LinkedHashMap<>();
    Dating dating = Dating.NARRATIVE;
    LinkedHashSet<String> clauses = new LinkedHashSet<>();
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (Event event : ordered) {
      dating = event.dating().compareTo(dating) < 0 ? event.dating() : dating;
      clauses.addAll(event.clauses());
      names.addAll(event.names());
      sentences.addAll(event.sentences());
      event.places().stream().map(Place::name).forEach(places::add);
      event.actors().stream().map(Actor::name).forEach(actors::add);
      for (EventSource source : event.sources()) {
        sources.putIfAbsent(
            source.articleId() + ":" + source.start(),
            new TimelineSource(
                source.articleId(),
                source.sentence(),
                source.start(),
                source.end(),
                source.dateStart(),
                source.dateEnd()));
      }
    }
    List<TimelineSource> sortedSources = new ArrayList<>(sources.values());
    sortedSources.sort(
        Comparator.comparing(TimelineSource::articleId).thenComparingInt(TimelineSource::start));
    Event lead = ordered.get(0);
    String id =
        !rolledUp || ordered.size() == 1
            ? lead.id()
            : "tl-"
                + period.value()
                + "-"
                + ordered.stream().map(Event::id).sorted().collect(Collectors.joining()).hashCode();
    return new TimelineEntry(
        id,
        period.value(),
        period.granularity(),
        period.start(),
        period.end(),
        lead.headline(),
        List.copyOf(sentences),
        List.copyOf(places),
        List.copyOf(actors),
        lead.salience(),
        sortedSources,
        span.isBackground(period.start(), period.end()),
        sortKey(period, lead.salience(), id),
        dating,
        List.copyOf(clauses),
        List.copyOf(names));
  }

  /** Date order, then more salient first, then id: unique and ordered as plain strings. */
  static String sortKey(EventDate date, double salience, String id) {
    long inverse = Math.round((1 - Math.max(0, Math.min(1, salience))) * 1_000_000);
    return date.sortKey() + "|" + String.format(Locale.ROOT, "%07d", inverse) + "|" + id;
  }
}
