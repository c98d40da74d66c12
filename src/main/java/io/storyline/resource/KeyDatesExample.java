package io.storyline.resource;

/**
 * The OpenAPI example of a key-dates answer: the service's own answer for the demo story, {@code
 * GET /api/stories/1/timeline?dates=1&perDate=1}.
 */
final class KeyDatesExample {
  static final String JSON =
      "{\"storyId\": 1, \"dates\": [{\"date\": \"2022-01-10\", \"score\": 5.0, \"sente"
          + "nces\": [{\"articleId\": 1, \"title\": \"As the U.S. and Russia prepare to talk,"
          + " hopes to resolve heightened tensions are low\", \"url\": \"https://demo.storyli"
          + "ne.example/geneva-talks-2022/000\", \"start\": 1055, \"end\": 1318, \"text\": \""
          + "\\u201cIf we\\u2019re actually going to make progress in these talks starting ne"
          + "xt week, but I don\\u2019t think we\\u2019re going to see any breakthroughs next"
          + " week, we\\u2019re going to listen to their concerns, they\\u2019ll listen to ou"
          + "r concerns and we\\u2019ll see if there are grounds for progress.\"}]}], \"artic"
          + "lesRead\": 5, \"articlesLimited\": false}";

  private KeyDatesExample() {}
}
