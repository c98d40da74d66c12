package io.storyline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
    name = "Problem",
    description = "RFC 9457 problem detail",
    requiredProperties = {"type", "title", "status"})
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    @Schema(description = "The request field at fault, when there is one") String field,
    @Schema(description = "Every field error, when validation failed") List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://storyline.io/problems/";

  @RegisterForReflection
  public record FieldError(String field, String detail) {}

  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, null, List.of());
  }

  public static Problem invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).detail()
            : errors.size() + " fields are invalid";
    String field = errors.isEmpty() ? null : errors.get(0).field();
    return new Problem(
        URI.create(TYPE_BASE + "invalid-request"),
        "Invalid request",
        400,
        detail,
        null,
        field,
        List.copyOf(errors));
  }

  public Problem at(String requestPath) {
    return new Problem(type, title, status, detail, requestPath, field, errors);
  }
}
