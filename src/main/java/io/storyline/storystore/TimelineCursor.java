package io.storyline.storystore;

import io.storyline.api.Cursor;
import java.util.Optional;

/** An opaque timeline cursor: the sort key of the last entry served (see {@link Cursor}). */
public final class TimelineCursor {
  private static final String PREFIX = "t1:";

  private TimelineCursor() {}

  public static String encode(String sortKey) {
    return Cursor.token(PREFIX, sortKey);
  }

  public static Optional<String> decode(String token) {
    return Cursor.key(token, PREFIX, 400);
  }
}
