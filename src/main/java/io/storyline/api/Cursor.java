package io.storyline.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An opaque paging cursor: the sort key of the last item served ({@code primary}, then {@code id}).
 * Keyset paging, so pages never skip or repeat items while others are inserted. The token format (a
 * version prefix and the key, base64url) is shared by every cursor of the API: {@link
 * #token(String, String)} and {@link #key(String, String, int)}.
 */
public record Cursor(long primary, long id) {
  private static final String PREFIX = "c1:";

  public String encode() {
    return token(PREFIX, primary + ":" + id);
  }

  /**
   * Decodes a client's cursor; a cursor we did not issue is a 400 naming the {@code cursor}
   * parameter.
   */
  public static Optional<Cursor> decode(String token) {
    return key(token, PREFIX, 100)
        .map(
            key -> {
              String[] parts = key.split(":", -1);
              try {
                if (parts.length != 2) {
                  throw new IllegalArgumentException("wrong shape");
                }
                return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
              } catch (IllegalArgumentException e) {
                throw notIssued();
              }
            });
  }

  /** The token of a sort key: {@code prefix} (a kind and version, "t1:") and the key, base64url. */
  public static String token(String prefix, String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((prefix + key).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The sort key of a client's token, empty without one; a token over {@code maxChars}, not
   * base64url or of another prefix is a 400 naming the {@code cursor} parameter.
   */
  public static Optional<String> key(String token, String prefix, int maxChars) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try {
      if (token.length() > maxChars) {
        throw new IllegalArgumentException("too long");
      }
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (!raw.startsWith(prefix)) {
        throw new IllegalArgumentException("another kind or version");
      }
      return Optional.of(raw.substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      throw notIssued();
    }
  }

  private static InvalidRequestException notIssued() {
    return new InvalidRequestException("cursor", "is not a cursor this service issued");
  }
}
