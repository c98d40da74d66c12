package io.storyline.article;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as the API shows it. Lists leave out the long fields ({@code text}, {@code removed}).
 */
@RegisterForReflection
@Schema(name = "Article")
public record ArticleView(
    long id,
    Optional<String> url,
    String title,
    Optional<String> source,
    Instant publishedAt,
    Optional<String> language,
    Optional<Long> storyId,
    Optional<NearDuplicate> nearDuplicateOf,
    @Schema(description = "The cleaned text; every offset in the API points into it")
        Optional<String> text,
    @Schema(description = "Feed junk removed by cleaning")
        Optional<List<RemovedLineView>> removed) {

  @RegisterForReflection
  public record NearDuplicate(long id, double similarity) {}

  @RegisterForReflection
  public record RemovedLineView(int line, String text, String reason) {}
}
