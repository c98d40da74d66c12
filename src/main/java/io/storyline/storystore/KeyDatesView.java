package io.storyline.storystore;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dates that matter in a story or a topic, a few sentences each, as the API serves them. */
@RegisterForReflection
@Schema(
    name = "KeyDates",
    requiredProperties = {"dates", "articlesRead", "articlesLimited"})
public record KeyDatesView(
    @Schema(description = "The story asked for; absent for a search over the store")
        Optional<Long> storyId,
    @Schema(description = "At most `dates` days, in date order") List<Date> dates,
    @Schema(description = "How many articles were read (published in the range, of the topic)")
        int articlesRead,
    @Schema(
            description =
                "True when the range held more articles than are read at once (the oldest"
                    + " were read): narrow from/to to read them all")
        boolean articlesLimited) {

  @RegisterForReflection
  @Schema(
      name = "KeyDate",
      requiredProperties = {"date", "score", "sentences"})
  public record Date(
      @Schema(description = "The day (ISO date)", format = "date") LocalDate date,
      @Schema(
              description =
                  "How much of the corpus points at the day: articles published on it, plus"
                      + " sentences naming it (twice for a sentence that also names the topic)")
          double score,
      @Schema(description = "`perDate` sentences at most, most central first")
          List<Sentence> sentences) {}

  @RegisterForReflection
  @Schema(
      name = "KeyDateSentence",
      requiredProperties = {"articleId", "title", "start", "end", "text"})
  public record Sentence(
      long articleId,
      @Schema(description = "The article's title") String title,
      Optional<String> url,
      @Schema(description = "Offset of the sentence's first character in the article's text")
          int start,
      @Schema(description = "Offset just after its last character") int end,
      @Schema(description = "The sentence as the article wrote it") String text) {}
}
