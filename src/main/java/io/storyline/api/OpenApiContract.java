package io.storyline.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error half of the OpenAPI document, from the rules the API follows everywhere, so that a
 * generated client types every error as a {@code Problem} and no operation forgets one: an
 * operation with query parameters or a body validates them (400); a path with an {@code {id}}
 * answers 404 for an unknown one; any operation can fail otherwise (405, 406, 413, 415, 500, 503,
 * 507), always as problem+json; an operation that needs a key answers 401 without one and 403 with
 * a wrong one; a JSON read carries a strong ETag, so it can answer 304. Operations that need no key
 * say so ({@code security: []}), since the document has no root-level requirement. Responses an
 * operation documents itself are kept.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {
  /** What an {@code {id}} names, by path prefix (the 404's description). */
  private static final Map<String, String> ID_KINDS =
      Map.of("/api/stories/", "story", "/api/articles/", "article", "/stories/", "story");

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
      return;
    }
    if (document.getComponents() != null) {
      // Page's annotation gives each PageStoryView, PageArticleView... its required items; the raw
      // generic Page is no response's schema.
      document.getComponents().removeSchema("Page");
    }
    document
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> complete(path, method, item, operation)));
  }

  private static void complete(
      String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (method == PathItem.HttpMethod.GET
        && servesJson(responses.getAPIResponse("200"))
        && !responses.hasAPIResponse("304")) {
      responses.addAPIResponse(
          "304",
          OASFactory.createAPIResponse()
              .description("Not modified since the ETag sent in If-None-Match"));
    }
    if ((hasQueryParameter(item, operation) || operation.getRequestBody() != null)
        && !responses.hasAPIResponse("400")) {
      responses.addAPIResponse("400", problem("Invalid request: `field` names the parameter"));
    }
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      // An operation that needs a key (ApiKeyFilter) refuses without one and with a wrong one.
      if (!responses.hasAPIResponse("401")) {
        responses.addAPIResponse("401", problem("No API key"));
      }
      if (!responses.hasAPIResponse("403")) {
        responses.addAPIResponse("403", problem("API key not accepted"));
      }
    }
    if (path.contains("{") && !responses.hasAPIResponse("404")) {
      responses.addAPIResponse("404", problem(notFound(path)));
    }
    typeIds(item, operation);
    // An error the scanner documented on its own (a bare 400 for a body it cannot read) is a
    // problem too.
    Map<String, APIResponse> documented =
        responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
    documented.forEach(
        (code, response) -> {
          if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
            response.setContent(problem(response.getDescription()).getContent());
          }
        });
    if (responses.getDefaultValue() == null) {
      responses.setDefaultValue(
          problem(
              "Any other error, as a problem: 405 (with Allow), 406, 413, 415, 500, 503 while the"
                  + " database is away, 507 when its disk is full (both with Retry-After)"));
    }
    if (operation.getSecurity() == null) {
      operation.setSecurity(new ArrayList<>());
    }
  }

  /** "No such story" for a path under /api/stories/{id}, and so on. */
  private static String notFound(String path) {
    for (Map.Entry<String, String> kind : ID_KINDS.entrySet()) {
      if (path.startsWith(kind.getKey())) {
        return "No such " + kind.getValue();
      }
    }
    return "Nothing has this id";
  }

  /** An {@code {id}} is a story's or an article's number: typed so, for generated clients. */
  private static void typeIds(PathItem item, Operation operation) {
    for (Parameter parameter : parameters(item, operation)) {
      if (parameter.getIn() == Parameter.In.PATH && "id".equals(parameter.getName())) {
        parameter.setSchema(
            OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64"));
      }
    }
  }

  private static boolean servesJson(APIResponse ok) {
    return ok != null
        && ok.getContent() != null
        && ok.getContent().hasMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
  }

  private static boolean hasQueryParameter(PathItem item, Operation operation) {
    return parameters(item, operation).stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
  }

  /** The operation's parameters and those its path declares for all its operations. */
  private static List<Parameter> parameters(PathItem item, Operation operation) {
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    return parameters;
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
  }
}
