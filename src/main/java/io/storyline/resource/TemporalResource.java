package io.storyline.resource;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.api.InvalidRequestException;
import io.storyline.api.Problem;
import io.storyline.temporal.Granularity;
import io.storyline.temporal.TemporalExpression;
import io.storyline.temporal.TemporalTagger;
import io.storyline.temporal.TemporalType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/temporal/annotate")
@Tag(
    name = "Temporal",
    description = "Find temporal expressions and resolve them (TIMEX3) against a reference date")
public class TemporalResource {
  /** Longer texts are split by clients: annotation is linear, but a request must stay bounded. */
  static final int MAX_TEXT_CHARS = 1_000_000;

  private final TemporalTagger tagger = new TemporalTagger();

  @RegisterForReflection
  @Schema(
      name = "AnnotateRequest",
      example =
          "{\"text\": \"Blinken said on Sunday that talks set to continue on Wednesday in Brussels"
              + " would not bring a breakthrough.\", \"referenceDate\": \"2022-01-10\"}")
  public record AnnotateRequest(
      @Schema(required = true) String text,
      @Schema(
              required = true,
              description =
                  "The publication date or date-time the text's expressions are resolved against")
          String referenceDate) {}

  @RegisterForReflection
  public record Annotation(
      int start,
      int end,
      String text,
      TemporalType type,
      String value,
      Optional<Granularity> granularity,
      Optional<LocalDate> intervalStart,
      Optional<LocalDate> intervalEnd,
      String rule) {
    static Annotation of(TemporalExpression e) {
      return new Annotation(
          e.start(),
          e.end(),
          e.text(),
          e.type(),
          e.value(),
          e.granularity(),
          e.intervalStart(),
          e.intervalEnd(),
          e.rule());
    }
  }

  @RegisterForReflection
  public record AnnotateResponse(List<Annotation> expressions) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "annotateTemporalExpressions",
      summary = "Tag and normalise temporal expressions",
      description =
          "Offsets are Java string indices (UTF-16), end exclusive. Values follow TIMEX3:"
              + " 2022-01-10, 2021-12, 2021-SU, 2022-W02, P2W, PAST_REF, XXXX-XX-XX when"
              + " unresolvable.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = AnnotateResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing text or bad reference date",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public AnnotateResponse annotate(AnnotateRequest request) {
    if (request == null || request.text() == null) {
      throw new InvalidRequestException("text", "is required");
    }
    if (request.text().length() > MAX_TEXT_CHARS) {
      throw new InvalidRequestException(
          "text", "must be at most " + MAX_TEXT_CHARS + " characters");
    }
    LocalDateTime reference = reference(request.referenceDate());
    return new AnnotateResponse(
        tagger.annotate(request.text(), reference).stream().map(Annotation::of).toList());
  }

  private static LocalDateTime reference(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(
          "referenceDate", "is required (ISO date such as 2022-01-10, or date-time)");
    }
    String text = value.strip();
    try {
      LocalDateTime parsed;
      if (text.length() <= 10) {
        parsed = LocalDate.parse(text).atStartOfDay();
      } else if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        parsed = OffsetDateTime.parse(text).toLocalDateTime();
      } else {
        parsed = LocalDateTime.parse(text);
      }
      if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
        throw new InvalidRequestException("referenceDate", "must be within the years 0001 to 9999");
      }
      return parsed;
    } catch (DateTimeException e) {
      throw new InvalidRequestException(
          "referenceDate", "must be an ISO date (2022-01-10) or date-time (2022-01-10T09:30:00Z)");
    }
  }
}
