package io.storyline.domain;

/** No story has this id (or the id is not one this service hands out). */
public final class StoryNotFound extends NotFound {
  public StoryNotFound(Object id) {
    super("Story", id);
  }
}
