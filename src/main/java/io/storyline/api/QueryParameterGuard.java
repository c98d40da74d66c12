package io.storyline.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters are short, printable values: a control character (NUL above all, which
 * PostgreSQL refuses in text parameters) or an overlong value is a bad request, answered before any
 * resource runs.
 */
public final class QueryParameterGuard {
  static final int MAX_VALUE_CHARS = 2_000;

  @ServerRequestFilter
  public Optional<Response> check(ContainerRequestContext request) {
    MultivaluedMap<String, String> parameters;
    try {
      parameters = request.getUriInfo().getQueryParameters();
    } catch (IllegalArgumentException badEscape) {
      Problem invalid =
          Problem.of(
              400,
              "invalid-request",
              "Invalid request",
              "The query string is not validly percent-encoded");
      return Optional.of(ProblemMappers.respond(invalid, null));
    }
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      for (String value : parameter.getValue()) {
        String problem = problemWith(value);
        if (problem != null) {
          Problem invalid =
              Problem.invalid(List.of(new Problem.FieldError(parameter.getKey(), problem)));
          return Optional.of(
              ProblemMappers.respond(invalid.at(request.getUriInfo().getPath()), null));
        }
      }
    }
    return Optional.empty();
  }

  private static String problemWith(String value) {
    if (value.length() > MAX_VALUE_CHARS) {
      return "must be at most " + MAX_VALUE_CHARS + " characters";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return "must not contain control characters";
      }
    }
    return null;
  }
}
