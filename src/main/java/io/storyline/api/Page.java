package io.storyline.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a cursor-paged list; {@code next} is absent on the last page. */
@RegisterForReflection
@Schema(requiredProperties = "items")
public record Page<T>(
    List<T> items,
    @Schema(description = "Pass as ?cursor= to get the next page; absent on the last page")
        Optional<String> next) {}
