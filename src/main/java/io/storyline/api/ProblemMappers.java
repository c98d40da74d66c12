package io.storyline.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.storyline.domain.InvalidArticle;
import io.storyline.domain.NotFound;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where every error becomes an RFC 9457 problem; never a stack trace. */
public final class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.problem(), uri);
  }

  @ServerExceptionMapper
  public Response invalid(InvalidRequestException e, UriInfo uri) {
    return respond(Problem.invalid(e.errors()), uri);
  }

  @ServerExceptionMapper
  public Response notFound(NotFound e, UriInfo uri) {
    return respond(Problem.of(404, "not-found", "Not found", e.getMessage()), uri);
  }

  @ServerExceptionMapper
  public Response invalidArticle(InvalidArticle e, UriInfo uri) {
    return respond(Problem.invalid(fieldErrors(e)), uri);
  }

  /** The reasons an article was refused, as a problem names bad fields. */
  public static List<Problem.FieldError> fieldErrors(InvalidArticle e) {
    return e.reasons().stream().map(r -> new Problem.FieldError(r.field(), r.detail())).toList();
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    new Problem.FieldError(
                        leafName(v.getPropertyPath().toString()), v.getMessage()))
            .sorted((a, b) -> a.field().compareTo(b.field()))
            .collect(Collectors.toList());
    return respond(Problem.invalid(errors), uri);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
  public Response malformedJson(JsonParseException e, UriInfo uri) {
    // Its own mapper so that no built-in one for the narrower type answers first.
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
  public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
    String field = JsonErrors.field(e);
    if (field.isEmpty()) {
      return respond(
          Problem.of(
              400,
              "malformed-json",
              "Malformed JSON",
              "The request body does not have the expected shape: it "
                  + JsonErrors.detail(e)
                  + " (see the API document)"),
          uri);
    }
    return respond(
        Problem.invalid(
            List.of(
                new Problem.FieldError(
                    field,
                    e instanceof UnrecognizedPropertyException
                        ? JsonErrors.detail(e)
                        : "has the wrong type or form: " + JsonErrors.detail(e)))),
        uri);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    return respond(
        Problem.of(
            400,
            "malformed-json",
            "Malformed JSON",
            "The request body is not valid JSON: " + firstLine(e.getOriginalMessage())),
        uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    if (status == 400
        && (e.getCause() instanceof JsonProcessingException
            || e.getCause() instanceof java.io.EOFException)) {
      return respond(
          Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON"),
          uri);
    }
    if (status == 400) {
      LOG.debugf(
          "400 from %s: %s caused by %s",
          uri.getPath(), e.getMessage(), String.valueOf(e.getCause()));
    }
    String title =
        Response.Status.fromStatusCode(status) != null
            ? Response.Status.fromStatusCode(status).getReasonPhrase()
            : "Request failed";
    String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    Response.ResponseBuilder response =
        builder(Problem.of(status, slug, title, detailFor(status, e)), uri);
    if (status == 405) {
      // RFC 9110: a 405 lists the methods the resource supports.
      String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
      response.header(
          HttpHeaders.ALLOW,
          allow != null ? allow : String.join(", ", AllowedMethods.of(uri.getPath())));
    }
    return response.build();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    LOG.error("Unexpected failure serving " + uri.getPath(), e);
    return respond(
        Problem.of(
            500,
            "internal-error",
            "Internal server error",
            "The server failed to handle the request; it has been logged."),
        uri);
  }

  private static String detailFor(int status, WebApplicationException e) {
    return switch (status) {
      case 404 -> "No resource at this path";
      case 405 -> "This method is not allowed on this resource";
      case 406 -> "No acceptable representation; this API serves JSON";
      case 413 -> "The request body is larger than the configured limit";
      case 415 ->
          "Unsupported content type; send application/json (or application/x-ndjson for bulk)";
      default -> firstLine(e.getMessage());
    };
  }

  static Response respond(Problem problem, UriInfo uri) {
    return builder(problem, uri).build();
  }

  static Response.ResponseBuilder builder(Problem problem, UriInfo uri) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(uri == null ? problem : problem.at(uri.getPath()));
  }

  private static String leafName(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
