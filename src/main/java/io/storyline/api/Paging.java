package io.storyline.api;

/** Bounds for {@code limit} shared by every paged endpoint. */
public final class Paging {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private Paging() {}

  public static int limit(String requested) {
    return limit(requested, DEFAULT_LIMIT);
  }

  public static int limit(String requested, int defaultLimit) {
    if (requested == null || requested.isBlank()) {
      return defaultLimit;
    }
    int limit;
    try {
      limit = Integer.parseInt(requested.trim());
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
    return limit;
  }
}
