package io.storyline.resource;

import io.storyline.api.CacheKey;
import io.storyline.api.Conditional;
import io.storyline.api.Cursor;
import io.storyline.api.DateParams;
import io.storyline.api.OpenApiDefinition;
import io.storyline.api.Page;
import io.storyline.api.Paging;
import io.storyline.api.Representation;
import io.storyline.api.ResultCache;
import io.storyline.api.Revalidated;
import io.storyline.article.ArticleQueries;
import io.storyline.article.ArticleView;
import io.storyline.ingest.IngestService;
import io.storyline.store.Json;
import io.storyline.storystore.Story;
import io.storyline.storystore.StoryQueries;
import io.storyline.storystore.StoryService;
import io.storyline.storystore.StoryView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories", description = "Articles grouped into stories as they arrive")
public class StoryResource {
  private final StoryQueries stories;
  private final ArticleQueries articles;
  private final IngestService ingest;
  private final ResultCache cache;
  private final Json json;

  StoryResource(
      StoryQueries stories,
      ArticleQueries articles,
      IngestService ingest,
      ResultCache cache,
      Json json) {
    this.stories = stories;
    this.articles = articles;
    this.ingest = ingest;
    this.cache = cache;
    this.json = json;
  }

  @GET
  @Revalidated
  @Operation(operationId = "listStories", summary = "List stories, most recently active first")
  public Page<StoryView> list(
      @Parameter(
              description = "Stories with articles published on or after (ISO date or date-time)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = DateParams.DATE_OR_DATE_TIME,
                      examples = "2022-01-01"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Stories with articles published before (ISO date or date-time)",
              schema = @Schema(type = SchemaType.STRING, pattern = DateParams.DATE_OR_DATE_TIME))
          @QueryParam("to")
          String to,
      @Parameter(
              description = "Stories per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "The previous page's `next`; none for the first page")
          @QueryParam("cursor")
          String cursor) {
    return stories.list(
        DateParams.instant("from", from),
        DateParams.instant("to", to),
        Paging.limit(limit),
        Cursor.decode(cursor));
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getStory",
      summary = "One story",
      description = "Strong ETag (send If-None-Match for 304), Cache-Control, gzip.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = StoryView.class)))
  @APIResponse(
      responseCode = "304",
      description = "Not modified since the ETag sent in If-None-Match")
  public Response get(@PathParam("id") String id, HttpHeaders headers) {
    Story story = stories.find(id);
    // Every field of the view changes only with the story's version.
    Representation view =
        cache.get(
            CacheKey.of("story", story.id, story.version),
            () -> Representation.ofJson(json, StoryView.of(story)));
    return Conditional.respond(view, headers, MediaType.APPLICATION_JSON);
  }

  @GET
  @Revalidated
  @Path("/{id}/articles")
  @Operation(
      operationId = "listStoryArticles",
      summary = "The story's articles, in publication order")
  public Page<ArticleView> articles(
      @PathParam("id") String id,
      @Parameter(
              description = "Articles per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "The previous page's `next`; none for the first page")
          @QueryParam("cursor")
          String cursor) {
    Story story = stories.find(id);
    return articles.ofStory(story.id, Paging.limit(limit), Cursor.decode(cursor));
  }

  @SecurityRequirement(name = OpenApiDefinition.API_KEY)
  @SecurityRequirement(name = OpenApiDefinition.BEARER)
  @POST
  @Path("/rebuild")
  @Operation(
      operationId = "rebuildStories",
      summary = "Re-cluster every stored article into stories",
      description = "For use after the clustering parameters change. Requires an API key.")
  @APIResponse(
      responseCode = "200",
      description = "Every article was assigned again",
      content = @Content(schema = @Schema(implementation = StoryService.RebuildResult.class)))
  public StoryService.RebuildResult rebuild() {
    return ingest.rebuildStories();
  }
}
