package io.storyline.article;

import io.storyline.api.DateParams;
import io.storyline.api.Page;
import io.storyline.api.Paging;
import io.storyline.api.Revalidated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Store, list and read news articles")
/** The reads of {@code /api/articles}; the writes are {@code ingest.ArticleWriteResource}. */
public class ArticleResource {
  public static final String NDJSON = "application/x-ndjson";

  private final ArticleQueries queries;

  ArticleResource(ArticleQueries queries) {
    this.queries = queries;
  }

  @GET
  @Revalidated
  @Operation(
      operationId = "listArticles",
      summary = "List articles, newest first",
      description = "Cursor-paged; filter by source and publication date.")
  public Page<ArticleView> list(
      @Parameter(description = "Only articles from this source (exact)") @QueryParam("source")
          String source,
      @Parameter(
              description = "Published on or after (ISO date or date-time)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = DateParams.DATE_OR_DATE_TIME,
                      examples = "2022-01-01"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Published before (ISO date or date-time)",
              schema = @Schema(type = SchemaType.STRING, pattern = DateParams.DATE_OR_DATE_TIME))
          @QueryParam("to")
          String to,
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
    return queries.list(
        source,
        DateParams.instant("from", from),
        DateParams.instant("to", to),
        Paging.limit(limit),
        io.storyline.api.Cursor.decode(cursor));
  }

  @GET
  @Revalidated
  @Path("/{id}")
  @Operation(
      operationId = "getArticle",
      summary = "One article with its cleaned text and what cleaning removed")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ArticleView.class)))
  public ArticleView get(@PathParam("id") String id) {
    return queries.view(queries.find(id), true);
  }
}
