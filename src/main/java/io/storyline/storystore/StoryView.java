package io.storyline.storystore;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story as the API shows it. */
@RegisterForReflection
@Schema(
    name = "Story",
    requiredProperties = {
      "id",
      "title",
      "firstPublishedAt",
      "lastPublishedAt",
      "articleCount",
      "version"
    })
public record StoryView(
    long id,
    @Schema(description = "The best headline among its articles") String title,
    Instant firstPublishedAt,
    Instant lastPublishedAt,
    int articleCount,
    @Schema(description = "Grows with every change to the story's articles") long version,
    @Schema(
            description = "A web page showing the story's timeline (HTML, drawn with TimelineJS)",
            example = "/stories/1")
        String page) {

  public static StoryView of(Story s) {
    return new StoryView(
        s.id,
        s.title,
        s.firstPublishedAt,
        s.lastPublishedAt,
        s.articleCount,
        s.version,
        "/stories/" + s.id);
  }
}
