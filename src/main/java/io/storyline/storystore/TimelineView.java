package io.storyline.storystore;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.summary.SummarySentence;
import io.storyline.temporal.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a story's timeline, as the API serves it. */
@RegisterForReflection
@Schema(
    name = "Timeline",
    requiredProperties = {"storyId", "title", "entries"})
public record TimelineView(
    long storyId,
    String title,
    @Schema(
            description =
                "The story's summary (5 sentences), on the first page only (and not with"
                    + " ?summary=false)")
        Optional<List<SummarySentence>> summary,
    List<Entry> entries,
    @Schema(
            description =
                "Title and URL of each article the page's entries cite, by article id: sent once"
                    + " per page, so a client may leave sources.title and sources.url out with"
                    + " ?fields=; absent when the entries carry no sources")
        Optional<Map<Long, Article>> articles,
    @Schema(description = "Pass as ?cursor= for the next page; absent on the last page")
        Optional<String> next) {

  /**
   * The values of {@link Entry#date}: TIMEX3 at the entry's granularity (century 20, decade 201,
   * year 2014, half 2022-H1, season 2021-SU, quarter 2022-Q1, month 2021-12, week 2022-W02, weekend
   * 2022-W02-WE, day 2022-01-10).
   */
  public static final String DATE_PATTERN =
      "^(\\d{2,4}|\\d{4}-(H[12]|SP|SU|FA|WI|Q[1-4]|W\\d{2}(-WE)?|\\d{2}(-\\d{2})?))$";

  /** The names {@code ?fields=} takes: every field of an entry and of its sources. */
  public static final List<String> ENTRY_FIELDS =
      List.of(
          "date",
          "granularity",
          "start",
          "end",
          "headline",
          "sentences",
          "places",
          "actors",
          "salience",
          "background",
          "sources",
          "dating",
          "sources.articleId",
          "sources.title",
          "sources.url",
          "sources.sentence",
          "sources.start",
          "sources.end");

  /** What happened when and where, with every article that reports it. */
  @RegisterForReflection
  @Schema(
      name = "TimelineEntry",
      description = "Every field is present unless ?fields= leaves it out")
  public record Entry(
      @Schema(
              description =
                  "TIMEX3 value at the entry's granularity: 20 (century), 201 (decade: the 2010s),"
                      + " 2014, 2022-H1, 2021-SU (season: SP, SU, FA, WI), 2022-Q1, 2021-12,"
                      + " 2022-W02 (ISO week), 2022-W02-WE (its weekend), 2022-01-10",
              pattern = DATE_PATTERN,
              examples = {"2022-01-10", "2022-W02", "2021-SU", "201"})
          String date,
      Granularity granularity,
      LocalDate start,
      @Schema(description = "Exclusive") LocalDate end,
      @Schema(
              description =
                  "What happened: the best-worded sentence, or the clause of it about this date"
                      + " where one sentence reports several days; unique within the timeline")
          String headline,
      @Schema(
              description =
                  "The entry's other sentences (the headline is not repeated), in the original"
                      + " wording where a machine-rewritten copy of an article is also a source")
          List<String> sentences,
      List<String> places,
      List<String> actors,
      double salience,
      @Schema(
              description =
                  "Far outside the days the story's articles were published on (more than a year"
                      + " before the first or after the last): context such as an old treaty, not"
                      + " the story's own events. Left out of the TimelineJS export unless"
                      + " includeBackground=true")
          boolean background,
      List<Source> sources,
      @Schema(
              description =
                  "How the date was found: explicit (a date the text names), publication (an"
                      + " undated report near the top of an article, dated by its publication),"
                      + " narrative (the last date named before it in the article)",
              enumeration = {"explicit", "publication", "narrative"})
          String dating) {}

  /**
   * One article's report of an entry: the sentence and its offsets in the article's stored text.
   */
  @RegisterForReflection
  @Schema(name = "TimelineSource")
  public record Source(
      long articleId, String title, Optional<String> url, String sentence, int start, int end) {}

  /** An article cited on a page, once. */
  @RegisterForReflection
  @Schema(name = "TimelineArticle", requiredProperties = "title")
  public record Article(String title, Optional<String> url) {}
}
