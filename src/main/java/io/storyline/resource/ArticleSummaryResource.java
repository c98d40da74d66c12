package io.storyline.resource;

import io.storyline.api.Conditional;
import io.storyline.article.ArticleQueries;
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

@Path("/api/articles/{id}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Summaries",
    description = "Extractive summaries: sentences taken from the articles, never invented")
public class ArticleSummaryResource {
  private final ArticleQueries articles;
  private final Summaries summaries;

  ArticleSummaryResource(ArticleQueries articles, Summaries summaries) {
    this.articles = articles;
    this.summaries = summaries;
  }

  @GET
  @Operation(
      operationId = "getArticleSummary",
      summary = "Summary of one article",
      description =
          "Length by sentences (1-20, default 3) or words (10-500). Strong ETag; send If-None-Match"
              + " for 304.")
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
    SummaryLength length = SummaryRequest.length(sentences, words, 3);
    return Conditional.respond(
        summaries.ofArticle(articles.find(id), length), headers, MediaType.APPLICATION_JSON);
  }
}
