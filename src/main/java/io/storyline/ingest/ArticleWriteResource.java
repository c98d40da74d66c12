package io.storyline.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.api.BodyTimeout;
import io.storyline.api.InvalidRequestException;
import io.storyline.api.OpenApiDefinition;
import io.storyline.api.Problem;
import io.storyline.article.ArticleInput;
import io.storyline.article.ArticleQueries;
import io.storyline.article.ArticleResource;
import io.storyline.article.ArticleView;
import io.storyline.ingest.IngestService.BulkItem;
import io.storyline.ingest.IngestService.Stored;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Iterator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Store, list and read news articles")
/**
 * The writes of {@code /api/articles} (store one, store many, delete); the reads are {@code
 * article.ArticleResource}.
 */
public class ArticleWriteResource {
  private final IngestService ingest;
  private final ArticleQueries queries;
  private final ObjectMapper json;
  private final BodyTimeout bodyTimeout;

  ArticleWriteResource(
      IngestService ingest, ArticleQueries queries, ObjectMapper json, BodyTimeout bodyTimeout) {
    this.ingest = ingest;
    this.queries = queries;
    this.json = json;
    this.bodyTimeout = bodyTimeout;
  }

  @SecurityRequirement(name = OpenApiDefinition.API_KEY)
  @SecurityRequirement(name = OpenApiDefinition.BEARER)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createArticle",
      summary = "Store one article",
      description =
          "Idempotent: re-sending the same URL or the same text returns the stored article with"
              + " 200.")
  @APIResponse(
      responseCode = "201",
      description = "Stored",
      content = @Content(schema = @Schema(implementation = ArticleView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Already stored: nothing was created",
      content = @Content(schema = @Schema(implementation = ArticleView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid article",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(ArticleInput input, UriInfo uri) {
    Stored stored = ingest.ingest(input);
    ArticleView view = queries.view(stored.article(), true);
    if (!stored.created()) {
      return Response.ok(view).build();
    }
    return Response.created(
            uri.getBaseUriBuilder().path("api/articles/{id}").build(stored.article().id))
        .entity(view)
        .build();
  }

  @SecurityRequirement(name = OpenApiDefinition.API_KEY)
  @SecurityRequirement(name = OpenApiDefinition.BEARER)
  @POST
  @Path("/bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "ingestArticles",
      summary = "Store many articles (a JSON array, or NDJSON: one article a line)",
      description =
          "Each item's outcome is reported in order; a bad item never rejects the others; every"
              + " item reported created or existing is committed.")
  @RequestBody(
      content =
          @Content(
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                      implementation = ArticleInput.class)))
  @APIResponse(
      responseCode = "200",
      description = "Each item's outcome, in request order",
      content = @Content(schema = @Schema(implementation = BulkResult.class)))
  public BulkResult bulkJson(InputStream body, @Context RoutingContext context) {
    return ingestAtLeastOne(BulkBody.jsonArray(bodyTimeout.readAtOwnPace(context, body), json));
  }

  @SecurityRequirement(name = OpenApiDefinition.API_KEY)
  @SecurityRequirement(name = OpenApiDefinition.BEARER)
  @POST
  @Path("/bulk")
  @Consumes(ArticleResource.NDJSON)
  // One operation with bulkJson (same path and method): the scanner merges the two and takes the
  // operationId from bulkJson; naming it here too would be a duplicate.
  @Operation(
      summary = "Store many articles (a JSON array, or NDJSON: one article a line)",
      description =
          "For large feeds. Blank lines are skipped; each line's outcome is reported with its"
              + " index.")
  @RequestBody(
      content =
          @Content(
              mediaType = ArticleResource.NDJSON,
              schema = @Schema(implementation = ArticleInput.class)))
  @APIResponse(
      responseCode = "200",
      description = "Each item's outcome, in request order",
      content = @Content(schema = @Schema(implementation = BulkResult.class)))
  public BulkResult bulkNdjson(InputStream body, @Context RoutingContext context) {
    return ingestAtLeastOne(BulkBody.ndjson(bodyTimeout.readAtOwnPace(context, body), json));
  }

  /** A bulk request without a single article is a client's mistake (an empty file, a lost body). */
  private BulkResult ingestAtLeastOne(Iterator<BulkItem> items) {
    BulkResult result = ingest.ingestAll(items);
    if (result.items().isEmpty()) {
      throw new InvalidRequestException("body", "holds no article: send at least one");
    }
    return result;
  }

  @SecurityRequirement(name = OpenApiDefinition.API_KEY)
  @SecurityRequirement(name = OpenApiDefinition.BEARER)
  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteArticle", summary = "Delete an article")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "404",
      description = "No such article",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response delete(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id")
          String id) {
    ingest.delete(queries.find(id).id);
    return Response.noContent().build();
  }
}
