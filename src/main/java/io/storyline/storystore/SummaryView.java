package io.storyline.storystore;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.summary.SummarySentence;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An extractive summary: sentences taken verbatim from the articles, each with its source and
 * offsets.
 */
@RegisterForReflection
@Schema(name = "Summary")
public record SummaryView(
    Optional<Long> articleId,
    Optional<Long> storyId,
    @Schema(description = "In reading order: by publication time, then position")
        List<SummarySentence> sentences) {}
