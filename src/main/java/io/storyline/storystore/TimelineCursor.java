package io.storyline.storystore;

import io.storyline.api.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** An opaque timeline cursor: the sort key of the last entry served. */
public final class TimelineCursor {
  private static final String PREFIX = "t1:";

  private TimelineCursor() {}

  public static String encode(String sortKey) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + sortKey).getBytes(StandardCharsets.UTF_8));
  }

  public static Optional<String> decode(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try {
      if (token.length() > 400) {
        throw new IllegalArgumentException("too long");
      }
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (!raw.startsWith(PREFIX)) {
        throw new IllegalArgumentException("not a timeline cursor");
      }
      return Optional.of(raw.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("cursor", "is not a cursor this service issued");
    }
  }
}
