package io.storyline.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An opaque paging cursor: the sort key of the last item served ({@code primary}, then {@code id}).
 * Keyset paging, so pages never skip or repeat items while others are inserted.
 */
public record Cursor(long primary, long id) {
  private static final String PREFIX = "c1:";

  public String encode() {
    String raw = PREFIX + primary + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Decodes a client's cursor; a cursor we did not issue is a 400 naming the {@code cursor}
   * parameter.
   */
  public static Optional<Cursor> decode(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try {
      if (token.length() > 100) {
        throw new IllegalArgumentException("too long");
      }
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
      if (!raw.startsWith(PREFIX)) {
        throw new IllegalArgumentException("unknown version");
      }
      String[] parts = raw.substring(PREFIX.length()).split(":", -1);
      if (parts.length != 2) {
        throw new IllegalArgumentException("wrong shape");
      }
      return Optional.of(new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("cursor", "is not a cursor this service issued");
    }
  }
}
