package io.storyline.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a cursor-paged list; {@code next} is absent on the last page. */
@RegisterForReflection
@Schema(requiredProperties = "items")
public record Page<T>(
    List<T> items,
    @Schema(description = "Pass as ?cursor= to get the next page; absent on the last page")
        Optional<String> next) {

  /**
   * The page of a keyset query that fetched {@code limit + 1} rows: the first {@code limit} as
   * views and, if the extra row came, the cursor of the last row served.
   */
  public static <R, T> Page<T> keyset(
      List<R> rows, int limit, Function<R, T> view, Function<R, Cursor> cursorOf) {
    List<T> items = rows.stream().limit(limit).map(view).toList();
    Optional<String> next =
        rows.size() > limit
            ? Optional.of(cursorOf.apply(rows.get(limit - 1)).encode())
            : Optional.empty();
    return new Page<>(items, next);
  }
}
