package io.storyline.resource;

import io.storyline.storystore.Story;
import io.storyline.storystore.StoryQueries;
import io.storyline.timeline.TimelineJs;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A story as a web page a person can open: its timeline drawn by TimelineJS, which this service
 * serves itself (under {@code /timelinejs/}), so the page needs no network beyond the service.
 */
@Path("/stories/{id}")
@Tag(name = "Timelines")
public class StoryPageResource {
  static final String TEMPLATE = "io/storyline/resource/story-page.html";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final StoryQueries stories;
  private final String template = read(TEMPLATE);

  StoryPageResource(StoryQueries stories) {
    this.stories = stories;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(
      operationId = "getStoryPage",
      summary = "The story's timeline as a web page (TimelineJS)",
      description = "HTML for people; the same timeline as JSON is /api/stories/{id}/timeline.")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.TEXT_HTML))
  public String page(@PathParam("id") String id) {
    Story story = stories.find(id);
    return template
        .replace("{{id}}", String.valueOf(story.id))
        .replace("{{title}}", TimelineJs.escape(story.title))
        .replace("{{articleCount}}", String.valueOf(story.articleCount))
        .replace("{{firstPublished}}", DAY.format(story.firstPublishedAt))
        .replace("{{lastPublished}}", DAY.format(story.lastPublishedAt));
  }

  private static String read(String name) {
    try (InputStream in = StoryPageResource.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
