package io.storyline.resource;

import io.storyline.api.Conditional;
import io.storyline.api.InvalidRequestException;
import io.storyline.api.Paging;
import io.storyline.api.Problem;
import io.storyline.api.SparseFields;
import io.storyline.storystore.KeyDateTimelines;
import io.storyline.storystore.KeyDatesView;
import io.storyline.storystore.StoryQueries;
import io.storyline.storystore.TimelineCursor;
import io.storyline.storystore.TimelineView;
import io.storyline.storystore.Timelines;
import io.storyline.temporal.Granularity;
import io.storyline.timeline.KeyDates;
import io.storyline.timeline.TimelineQuery;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stories/{id}/timeline")
@Tag(
    name = "Timelines",
    description = "What happened when and where, each entry backed by the articles that report it")
public class TimelineResource {
  /** TimelineJS 3 JSON, for embedding as is; also chosen by {@code ?format=timelinejs}. */
  public static final String TIMELINEJS = "application/vnd.timelinejs+json";

  private final StoryQueries stories;
  private final Timelines timelines;
  private final KeyDateTimelines keyDates;

  TimelineResource(StoryQueries stories, Timelines timelines, KeyDateTimelines keyDates) {
    this.stories = stories;
    this.timelines = timelines;
    this.keyDates = keyDates;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, TIMELINEJS})
  @Operation(
      operationId = "getStoryTimeline",
      summary = "A story's timeline",
      description =
          "Entries in date order, each with its headline, sentences, places, actors, salience and"
              + " sources (article, sentence, offsets); the page's cited articles once in"
              + " `articles`; the story's summary comes with the first page. ?fields= keeps only"
              + " the entry fields named, ?summary=false leaves the summary out. Strong ETag"
              + " per encoding (send If-None-Match for 304), Cache-Control, gzip."
              + " ?format=timelinejs (or Accept: application/vnd.timelinejs+json) returns the whole"
              + " filtered timeline as TimelineJS 3 JSON (fields and summary apply to JSON pages"
              + " only). With ?dates=N the answer is instead the story's N key dates (a KeyDates"
              + " document): the days most of its articles point at (published on them, or with"
              + " sentences naming them), in date order, each with its ?perDate=K most central"
              + " sentences, each citing its article and offsets; from/to bound the days.")
  @APIResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {TimelineView.class, KeyDatesView.class}),
            examples =
                @ExampleObject(
                    name = "keyDates",
                    summary = "?dates=1&perDate=1",
                    value = KeyDatesExample.JSON)),
        @Content(mediaType = TIMELINEJS, schema = @Schema(ref = "TimelineJsDocument"))
      })
  @APIResponse(
      responseCode = "304",
      description = "Not modified since the ETag sent in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "Bad filter or cursor",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such story",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id")
          String id,
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
              description = "Roll entries up to day, month or year",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"day", "month", "year"}))
          @QueryParam("granularity")
          String granularity,
      @Parameter(
              description = "Only entries reported by at least this many articles",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "1"))
          @QueryParam("minSources")
          String minSources,
      @Parameter(
              description = "Entries per page",
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
      @Parameter(
              description =
                  "Only these entry fields, comma-separated; a dotted name keeps one field of each"
                      + " source (sources.articleId). All fields when absent.",
              schema = @Schema(type = SchemaType.STRING),
              examples =
                  @ExampleObject(name = "phone", value = "date,headline,places,sources.articleId"))
          @QueryParam("fields")
          String fields,
      @Parameter(
              description = "false leaves the story's summary out of the first page",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("summary")
          String summary,
      @Parameter(
              description = "json (default) or timelinejs",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"json", "timelinejs"},
                      defaultValue = "json"))
          @QueryParam("format")
          String format,
      @Parameter(
              description =
                  "TimelineJS export only: also export background entries (those marked"
                      + " background: true), which stretch the axis over decades",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("includeBackground")
          String includeBackground,
      @BeanParam KeyDateParams keyDateParams,
      @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT, hidden = true)
          HttpHeaders headers) {
    Optional<KeyDates.Query> keyDateQuery = keyDateParams.parse(from, to, Optional.empty());
    if (keyDateQuery.isPresent()) {
      var story = stories.find(id);
      return Conditional.respond(
          keyDates.ofStory(story, keyDateQuery.get(), ""), headers, MediaType.APPLICATION_JSON);
    }
    Timelines.Request request =
        request(
            from, to, granularity, minSources, limit, cursor, fields, summary, includeBackground);
    boolean timelineJs = wantsTimelineJs(format, headers);
    var story = stories.find(id);
    if (timelineJs) {
      return Conditional.respond(timelines.timelineJs(story, request), headers, TIMELINEJS);
    }
    return Conditional.respond(timelines.page(story, request), headers, MediaType.APPLICATION_JSON);
  }

  static Timelines.Request request(
      String from,
      String to,
      String granularity,
      String minSources,
      String limit,
      String cursor,
      String fields,
      String summary,
      String includeBackground) {
    Optional<LocalDate> fromDay = day("from", from);
    Optional<LocalDate> toDay = day("to", to);
    if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
      throw new InvalidRequestException("to", "must not be before from");
    }
    Optional<Granularity> resolution = Optional.empty();
    if (granularity != null && !granularity.isBlank()) {
      resolution =
          switch (granularity.strip().toLowerCase(Locale.ROOT)) {
            case "day" -> Optional.of(Granularity.DAY);
            case "month" -> Optional.of(Granularity.MONTH);
            case "year" -> Optional.of(Granularity.YEAR);
            default ->
                throw new InvalidRequestException("granularity", "must be day, month or year");
          };
    }
    int sources = 1;
    if (minSources != null && !minSources.isBlank()) {
      try {
        sources = Integer.parseInt(minSources.strip());
      } catch (NumberFormatException e) {
        sources = 0;
      }
      if (sources < 1 || sources > 100) {
        throw new InvalidRequestException("minSources", "must be a whole number from 1 to 100");
      }
    }
    return new Timelines.Request(
        new TimelineQuery(fromDay, toDay, resolution, sources),
        Paging.limit(limit, Timelines.DEFAULT_LIMIT),
        TimelineCursor.decode(cursor),
        SparseFields.parse("fields", fields, TimelineView.ENTRY_FIELDS),
        flag("summary", summary, true),
        flag("includeBackground", includeBackground, false));
  }

  private static boolean flag(String field, String value, boolean absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidRequestException(field, "must be true or false");
    };
  }

  private static boolean wantsTimelineJs(String format, HttpHeaders headers) {
    if (format != null && !format.isBlank()) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "timelinejs" -> true;
        case "json" -> false;
        default -> throw new InvalidRequestException("format", "must be json or timelinejs");
      };
    }
    return headers.getAcceptableMediaTypes().stream()
        .anyMatch(m -> TIMELINEJS.equals(m.getType() + "/" + m.getSubtype()));
  }

  static Optional<LocalDate> day(String field, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      LocalDate day = LocalDate.parse(value.strip());
      if (day.getYear() < 1 || day.getYear() > 9999) {
        throw new InvalidRequestException(field, "must be within the years 0001 to 9999");
      }
      return Optional.of(day);
    } catch (DateTimeException e) {
      throw new InvalidRequestException(field, "must be an ISO date such as 2022-01-10");
    }
  }
}
