package io.storyline.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.api.Cursor;
import io.storyline.api.InvalidRequestException;
import io.storyline.api.OpenApiDefinition;
import io.storyline.article.ArticleExport.Exported;
import io.storyline.article.ArticleExport.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every stored article as NDJSON lines that {@code POST /api/articles/bulk} takes back, in pages:
 * to move a store to another database, or to keep a copy. Each page is streamed a few rows at a
 * time; the response's {@code X-Next-Cursor} header (and {@code Link: rel="next"}) names the next
 * page, so a client that loses the connection asks for the same page again and loses nothing.
 */
@Path("/api/articles/export")
@Tag(name = "Articles")
public class ArticleExportResource {
  static final String NEXT_CURSOR = "X-Next-Cursor";
  static final int DEFAULT_LIMIT = 1000;
  static final int MAX_LIMIT = 10_000;

  /** Marks an export cursor (after an id, ascending), so a list cursor is refused here. */
  private static final long EXPORT_CURSOR = -1;

  private final ArticleExport export;
  private final ObjectMapper json;

  ArticleExportResource(ArticleExport export, ObjectMapper json) {
    this.export = export;
    this.json = json;
  }

  @GET
  @Produces(ArticleResource.NDJSON)
  @SecurityRequirement(name = OpenApiDefinition.API_KEY)
  @SecurityRequirement(name = OpenApiDefinition.BEARER)
  @Operation(
      operationId = "exportArticles",
      summary = "Export stored articles as NDJSON (the lines POST /api/articles/bulk takes)",
      description =
          "Oldest first, one article a line with url, title, body, source, publishedAt and"
              + " language. A page holds up to `limit` articles and about 2 million characters, so"
              + " it can be posted to /api/articles/bulk as it is. The X-Next-Cursor header names"
              + " the next page; it is absent on the last. A client that loses the connection asks"
              + " for the same page again (re-posting what it already has stores nothing twice).")
  @APIResponse(
      responseCode = "200",
      description = "One page of articles",
      headers = {
        @Header(
            name = NEXT_CURSOR,
            description = "Pass as ?cursor= for the next page; absent on the last page",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = ArticleResource.NDJSON,
              schema = @Schema(implementation = ArticleInput.class)))
  public Response export(
      @Parameter(description = "From a previous page's X-Next-Cursor; none for the first page")
          @QueryParam("cursor")
          String cursor,
      @Parameter(
              description = "Articles per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "10000",
                      defaultValue = "1000"))
          @QueryParam("limit")
          String limit,
      UriInfo uri) {
    long after = after(cursor);
    int articles = limit(limit);
    Page page = export.page(after, articles);
    StreamingOutput body = out -> write(page, out);
    Response.ResponseBuilder response =
        Response.ok(body, ArticleResource.NDJSON).header("Cache-Control", "no-store");
    if (page.more()) {
      String next = new Cursor(EXPORT_CURSOR, page.last()).encode();
      response
          .header(NEXT_CURSOR, next)
          .header(
              "Link",
              "<"
                  + uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build()
                  + ">; rel=\"next\"");
    }
    return response.build();
  }

  private void write(Page page, OutputStream out) throws java.io.IOException {
    long after = page.after();
    while (after < page.last()) {
      List<Exported> rows = export.read(page, after);
      if (rows.isEmpty()) {
        break; // the rest of the page was deleted meanwhile
      }
      for (Exported row : rows) {
        out.write(json.writeValueAsBytes(row.article()));
        out.write('\n');
      }
      out.flush();
      after = rows.get(rows.size() - 1).id();
    }
  }

  private static long after(String cursor) {
    return Cursor.decode(cursor)
        .map(
            c -> {
              if (c.primary() != EXPORT_CURSOR) {
                throw new InvalidRequestException("cursor", "is not a cursor of the export");
              }
              return c.id();
            })
        .orElse(0L);
  }

  private static int limit(String requested) {
    if (requested == null || requested.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(requested.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidRequestException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
  }
}
