package io.storyline.storystore;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.summary.SummarySentence;
import io.storyline.temporal.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a story's timeline, as the API serves it. */
@RegisterForReflection
@Schema(name = "Timeline")
public record TimelineView(
    long storyId,
    String title,
    @Schema(description = "The story's summary (5 sentences), on the first page only")
        Optional<List<SummarySentence>> summary,
    List<Entry> entries,
    @Schema(description = "Pass as ?cursor= for the next page; absent on the last page")
        Optional<String> next) {

  /** What happened when and where, with every article that reports it. */
  @RegisterForReflection
  @Schema(name = "TimelineEntry")
  public record Entry(
      @Schema(example = "2022-01-10") String date,
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
      List<Source> sources) {}

  /**
   * One article's report of an entry: the sentence and its offsets in the article's stored text.
   */
  @RegisterForReflection
  @Schema(name = "TimelineSource")
  public record Source(
      long articleId, String title, Optional<String> url, String sentence, int start, int end) {}
}
