package io.storyline.ingest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.api.Problem.FieldError;
import io.storyline.article.Article;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to one item of a bulk ingest. Items reported created or existing are committed. */
@RegisterForReflection
@Schema(name = "IngestOutcome")
public record IngestOutcome(
    int index,
    Status status,
    Optional<Long> id,
    Optional<Long> storyId,
    @Schema(description = "Why the item was rejected") List<FieldError> errors) {

  public enum Status {
    created,
    existing,
    rejected
  }

  static IngestOutcome stored(int index, Article article, boolean created) {
    return new IngestOutcome(
        index,
        created ? Status.created : Status.existing,
        Optional.of(article.id),
        Optional.ofNullable(article.storyId),
        List.of());
  }

  static IngestOutcome rejected(int index, List<FieldError> errors) {
    return new IngestOutcome(index, Status.rejected, Optional.empty(), Optional.empty(), errors);
  }
}
