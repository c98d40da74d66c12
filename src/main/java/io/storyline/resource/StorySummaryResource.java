package io.storyline.resource;

import io.storyline.api.Conditional;
import io.storyline.storystore.StoryQueries;
import io.storyline.storystore.Summaries;
import io.storyline.storystore.SummaryView;
import io.storyline.summary.SummaryLength;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stories/{id}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Summaries",
    description = "Extractive summaries: sentences taken from the articles, never invented")
public class StorySummaryResource {
  private final StoryQueries stories;
  private final Summaries summaries;

  StorySummaryResource(StoryQueries stories, Summaries summaries) {
    this.stories = stories;
    this.summaries = summaries;
  }

  @GET
  @Operation(
      operationId = "getStorySummary",
      summary = "Summary of a story across its articles",
      description =
          "Near-identical sentences from several copies count once; the original wording wins over"
              + " a spun rewrite. Length by sentences (1-20, default 5) or words (10-500). Computed"
              + " once per story version; strong ETag.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = SummaryView.class)))
  public Response get(
      @PathParam("id") String id,
      @Parameter(
              description = "Number of sentences",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "20"))
          @QueryParam("sentences")
          String sentences,
      @Parameter(
              description = "Number of words (instead of sentences)",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "10",
                      maximum = "500"))
          @QueryParam("words")
          String words,
      HttpHeaders headers) {
    SummaryLength length = SummaryRequest.length(sentences, words, Summaries.STORY_DEFAULT.limit());
    return Conditional.respond(
        summaries.ofStory(stories.find(id), length), headers, MediaType.APPLICATION_JSON);
  }
}
