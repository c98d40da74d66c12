package io.storyline.resource;

/** The OpenAPI example of a key-dates answer (the demo story, ?dates=1&perDate=1). */
final class KeyDatesExample {
  static final String JSON =
      "{\"storyId\": 1, \"dates\": [{\"date\": \"2022-01-10\", \"score\": 14.0,"
          + " \"sentences\": [{\"articleId\": 3, \"title\": \"US and Russia begin talks in"
          + " Geneva\", \"url\": \"https://example.org/geneva\", \"start\": 0, \"end\": 74,"
          + " \"text\": \"US and Russian officials met in Geneva on Monday for talks on"
          + " Ukraine.\"}]}], \"articlesRead\": 12, \"articlesLimited\": false}";

  private KeyDatesExample() {}
}
