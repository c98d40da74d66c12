package io.storyline.resource;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.api.Conditional;
import io.storyline.api.InvalidRequestException;
import io.storyline.api.Paging;
import io.storyline.api.Representation;
import io.storyline.store.Json;
import io.storyline.storystore.KeyDateTimelines;
import io.storyline.storystore.KeyDatesView;
import io.storyline.storystore.Story;
import io.storyline.storystore.StorySearch;
import io.storyline.storystore.TimelineCursor;
import io.storyline.storystore.TimelineView;
import io.storyline.storystore.Timelines;
import io.storyline.timeline.EntityFilter;
import io.storyline.timeline.KeyDates;
import io.storyline.timeline.MatchableEntry;
import io.storyline.timeline.StoryWords;
import io.storyline.timeline.TimelineEntry;
import io.storyline.timeline.TopicQuery;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines")
public class TimelineSearchResource {
  static final int MAX_QUERY_CHARS = 200;

  private final Timelines timelines;
  private final KeyDateTimelines keyDates;
  private final Json json;
  private final StorySearch search;

  TimelineSearchResource(
      Timelines timelines, KeyDateTimelines keyDates, Json json, StorySearch search) {
    this.search = search;
    this.timelines = timelines;
    this.keyDates = keyDates;
    this.json = json;
  }

  @RegisterForReflection
  public record Hit(
      long storyId,
      String storyTitle,
      @Schema(
              description =
                  "How well the entry answers q: distinct articles reporting it, plus its"
                      + " salience in its story (0 to 1), plus 1 when its headline names q")
          double relevance,
      TimelineView.Entry entry) {}

  @RegisterForReflection
  @Schema(
      name = "SearchResult",
      requiredProperties = {"hits", "storiesSearched"})
  public record SearchResult(
      List<Hit> hits,
      @Schema(
              description =
                  "How many stories were searched: every story with an article up to `to`"
                      + " (none is left out)")
          int storiesSearched,
      Optional<String> next) {}

  @GET
  @Operation(
      operationId = "searchTimelines",
      summary = "Events across stories",
      description =
          "Timeline entries that involve q (any of its comma-separated alternatives), across every"
              + " story, overlapping [from, to]: most relevant first (order=relevance, the"
              + " default), or in date order (order=date). With ?dates=N the answer is instead"
              + " the topic's N key dates (a KeyDates document): over the articles published in"
              + " [from, to] that name q (every article in the range without q), the days most"
              + " of them point at (published on them, or with sentences naming them), in date"
              + " order, each with its ?perDate=K most central sentences about that day (never"
              + " a repeat or a near copy), each citing its article and offsets.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(oneOf = {SearchResult.class, KeyDatesView.class}),
              examples =
                  @ExampleObject(
                      name = "keyDates",
                      summary = "?dates=1&perDate=1",
                      value = KeyDatesExample.JSON)))
  public Response search(
      @Parameter(
              description =
                  "One or more comma-separated alternatives (\"swine flu, H1N1\"); an entry"
                      + " matches when any alternative does. An alternative is a name or phrase:"
                      + " all its words appear, as whole words (\"oil\" is not \"soil\"), in"
                      + " the clause of one of the entry's reports, in any order; case, dots and"
                      + " possessives do not count (\"apple\" finds \"Apple's\", \"U.S.\""
                      + " finds \"US\"), a plural -s is allowed, a company suffix (Inc., Ltd,"
                      + " Corp. ...) is optional either way (\"Apple Inc.\" finds \"Apple\"),"
                      + " and a word with a digit must follow the word before it (\"iPhone 4\""
                      + " is not \"iPhone 4S\"). A short name counts as the fuller name the"
                      + " same article used for it: a surname or a given name after the full"
                      + " name (\"Jobs\" after \"Steve Jobs\"), the end of a longer name"
                      + " (\"Apple Corps\" after \"The Beatles' Apple Corps\"), unless the"
                      + " article names two different such people or things; so \"Steve Jobs\""
                      + " is the person, not every Steve. 1 to 200 characters with a letter or"
                      + " digit, no control characters. Required unless dates is given.",
              example = "Steve Jobs")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Entries overlapping days from this date (ISO date)",
              schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2022-01-01"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Entries overlapping days up to this date, inclusive (ISO date)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Parameter(
              description = "relevance (default): most relevant hit first; date: in date order",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"relevance", "date"},
                      defaultValue = "relevance"))
          @QueryParam("order")
          String order,
      @Parameter(
              description = "Hits per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "50"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "The previous page's `next`; none for the first page")
          @QueryParam("cursor")
          String cursor,
      @BeanParam KeyDateParams keyDateParams,
      @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT, hidden = true) @Context
          HttpHeaders headers) {
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw new InvalidRequestException("q", "must be at most " + MAX_QUERY_CHARS + " characters");
    }
    Optional<TopicQuery> topic = TopicQuery.parse(q == null ? "" : q);
    if (q != null && !q.isBlank() && topic.isEmpty()) {
      throw new InvalidRequestException("q", "must have a letter or digit");
    }
    Optional<KeyDates.Query> keyDateQuery = keyDateParams.parse(from, to, topic);
    if (keyDateQuery.isPresent()) {
      return Conditional.respondList(
          keyDates.ofStore(keyDateQuery.get(), q == null ? "" : q.strip()), headers);
    }
    TopicQuery query =
        topic.orElseThrow(
            () ->
                new InvalidRequestException(
                    "q", "is required (unless dates is given): an entity or words"));
    boolean byDate = byDate(order);
    Timelines.Request request =
        TimelineResource.request(from, to, null, null, limit, cursor, null, null, null);
    List<EntityFilter> filters = query.alternatives().stream().map(EntityFilter::new).toList();
    StoryWords.Probe probe = StoryWords.Probe.of(query);
    int size = Paging.limit(limit, Timelines.DEFAULT_LIMIT);
    // The page and one more (whether there is a next page): a common word has thousands of hits,
    // and sorting them all cost more than finding them.
    PriorityQueue<Ranked> best = new PriorityQueue<>(size + 2, Ranked.ORDER.reversed());
    StorySearch.Found found = search.candidates(query, request.query().to());
    List<Candidate> candidates = new ArrayList<>(found.candidates().size());
    for (Story story : found.candidates()) {
      candidates.add(new Candidate(story, timelines.searchEntries(story)));
    }
    if (!byDate) {
      // The stories that report most first: once the page is full, a story whose best entry
      // could not rank on it is passed over unread.
      candidates.sort(
          Comparator.comparingDouble((Candidate c) -> c.entries().mostReported()).reversed());
    }
    for (Candidate candidate : candidates) {
      if (!byDate
          && best.size() > size
          && rank(candidate.entries().mostReported() + 1.001) > best.peek().rank()) {
        break;
      }
      Story story = candidate.story();
      for (Timelines.SearchEntry entry : candidate.entries().entries()) {
        TimelineEntry timelineEntry = entry.match().entry();
        if (request.query().overlaps(timelineEntry.start(), timelineEntry.end())
            && entry.match().words().mayMatch(probe)
            && matches(filters, entry.match())) {
          double relevance = relevance(entry, query);
          Ranked ranked = new Ranked(byDate ? 0 : rank(relevance), story, relevance, entry);
          if (request.after().map(after -> ranked.key(byDate).compareTo(after) > 0).orElse(true)
              && (best.size() <= size || Ranked.ORDER.compare(ranked, best.peek()) < 0)) {
            best.add(ranked);
            if (best.size() > size + 1) {
              best.poll();
            }
          }
        }
      }
    }
    List<Ranked> ranked = new ArrayList<>(best);
    ranked.sort(Ranked.ORDER);
    List<Hit> page =
        ranked.subList(0, Math.min(size, ranked.size())).stream().map(Ranked::hit).toList();
    Optional<String> next =
        ranked.size() > size
            ? Optional.of(TimelineCursor.encode(ranked.get(size - 1).key(byDate)))
            : Optional.empty();
    return Conditional.respondList(
        Representation.ofJson(json, new SearchResult(page, found.searched(), next)), headers);
  }

  private static boolean byDate(String order) {
    if (order == null || order.isBlank()) {
      return false;
    }
    return switch (order.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> false;
      case "date" -> true;
      default -> throw new InvalidRequestException("order", "must be relevance or date");
    };
  }

  private static boolean matches(List<EntityFilter> filters, MatchableEntry entry) {
    for (EntityFilter filter : filters) {
      if (filter.test(entry)) {
        return true;
      }
    }
    return false;
  }

  /** Distinct reporting articles, then salience, and a headline that names q counts one more. */
  static double relevance(Timelines.SearchEntry entry, TopicQuery query) {
    double headline = query.matchesNames(List.of(entry.match().normalHeadline())) ? 1 : 0;
    return Math.round((entry.articles() + entry.view().salience() + headline) * 1000) / 1000.0;
  }

  /** Where a relevance ranks: its complement in thousandths, lower first. */
  private static long rank(double relevance) {
    return RELEVANCE_SCALE - Math.round(relevance * 1000);
  }

  private record Candidate(Story story, Timelines.SearchEntries entries) {}

  /** 10^12: a hit's relevance (in thousandths) is ranked by its complement, in 12 digits. */
  private static final long RELEVANCE_SCALE = 1_000_000_000_000L;

  /**
   * A hit in search order: higher relevance first (its complement ascending; all 0 in date order),
   * then date, story and headline (the entry's {@code dateOrder}). The cursor is that order written
   * out, which sorts the same as a string (the complement has a fixed width).
   */
  private record Ranked(long rank, Story story, double relevance, Timelines.SearchEntry entry) {
    static final Comparator<Ranked> ORDER =
        Comparator.comparingLong(Ranked::rank).thenComparing(Ranked::dateOrder);

    String dateOrder() {
      return entry.dateOrder();
    }

    String key(boolean byDate) {
      return byDate ? dateOrder() : Timelines.zeroPadded(rank, 12) + "|" + dateOrder();
    }

    Hit hit() {
      return new Hit(story.id, story.title, relevance, entry.view());
    }
  }
}
