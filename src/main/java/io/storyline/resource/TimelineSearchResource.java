package io.storyline.resource;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.api.InvalidRequestException;
import io.storyline.api.Paging;
import io.storyline.api.Revalidated;
import io.storyline.event.NameQuery;
import io.storyline.storystore.Story;
import io.storyline.storystore.TimelineCursor;
import io.storyline.storystore.TimelineView;
import io.storyline.storystore.Timelines;
import io.storyline.timeline.EntityFilter;
import io.storyline.timeline.TimelineQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines")
public class TimelineSearchResource {
  /** The search reads the most recently active stories in the date range, at most this many. */
  static final int STORIES_SEARCHED = 200;

  static final int MAX_QUERY_CHARS = 200;

  private final Timelines timelines;

  TimelineSearchResource(Timelines timelines) {
    this.timelines = timelines;
  }

  @RegisterForReflection
  public record Hit(long storyId, String storyTitle, TimelineView.Entry entry) {}

  @RegisterForReflection
  public record SearchResult(List<Hit> hits, Optional<String> next) {}

  @GET
  @Revalidated
  @Operation(
      operationId = "searchTimelines",
      summary = "Events across stories",
      description =
          "Timeline entries that involve the entity q, across stories, overlapping [from, to], in"
              + " date order. Searches the 200 most recently active stories in the range.")
  public SearchResult search(
      @Parameter(
              description =
                  "The entity (a company, person, product, place) or words. An entry matches when"
                      + " all words of q appear in the clause of one of its reports, in any order;"
                      + " case, dots and possessives do not count (\"apple\" finds \"Apple's\","
                      + " \"U.S.\" finds \"US\"), a plural -s is allowed, a company suffix"
                      + " (Inc., Ltd, Corp. ...) is optional either way (\"Apple Inc.\" finds"
                      + " \"Apple\"), and a word with a digit must follow the word before it"
                      + " (\"iPhone 4\" is not \"iPhone 4S\"). A short name counts as the"
                      + " fuller name the same article used for it: a surname or a given name"
                      + " after the full name (\"Jobs\" after \"Steve Jobs\"), the end of a"
                      + " longer name (\"Apple Corps\" after \"The Beatles' Apple Corps\"),"
                      + " unless the article names two different such people or things. Required:"
                      + " 1 to 200 characters with a letter or digit, no control characters.",
              required = true,
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
          String cursor) {
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw new InvalidRequestException("q", "must be at most " + MAX_QUERY_CHARS + " characters");
    }
    Timelines.Request request =
        TimelineResource.request(from, to, null, null, limit, cursor, null, null, null);
    EntityFilter filter =
        new EntityFilter(
            NameQuery.parse(q == null ? "" : q)
                .orElseThrow(
                    () ->
                        new InvalidRequestException(
                            "q", "is required: an entity or words, with a letter or digit")));
    List<Hit> hits = new ArrayList<>();
    for (Story story : stories(request.query())) {
      for (TimelineView.Entry entry : timelines.entries(story, request.query(), filter)) {
        hits.add(new Hit(story.id, story.title, entry));
      }
    }
    hits.sort(Comparator.comparing(TimelineSearchResource::key));
    List<Hit> rest =
        hits.stream()
            .filter(h -> request.after().map(a -> key(h).compareTo(a) > 0).orElse(true))
            .toList();
    int size = Paging.limit(limit, Timelines.DEFAULT_LIMIT);
    List<Hit> page = rest.subList(0, Math.min(size, rest.size()));
    Optional<String> next =
        rest.size() > size
            ? Optional.of(TimelineCursor.encode(key(page.get(page.size() - 1))))
            : Optional.empty();
    return new SearchResult(page, next);
  }

  private static List<Story> stories(TimelineQuery query) {
    // Events can predate a story's articles (history recalled in them), so only the upper bound
    // narrows stories.
    Optional<LocalDate> to = query.to();
    if (to.isPresent()) {
      return Story.<Story>find(
              "firstPublishedAt < ?1 order by lastPublishedAt desc, id desc",
              to.get().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
          .page(0, STORIES_SEARCHED)
          .list();
    }
    return Story.<Story>find("order by lastPublishedAt desc, id desc")
        .page(0, STORIES_SEARCHED)
        .list();
  }

  private static String key(Hit hit) {
    return hit.entry().start()
        + "|"
        + hit.entry().date()
        + "|"
        + String.format(Locale.ROOT, "%020d", hit.storyId())
        + "|"
        + hit.entry().headline().hashCode();
  }
}
