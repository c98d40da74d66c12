package io.storyline.domain;

/** Something a request named does not exist; the edge answers 404. */
public abstract class NotFound extends RuntimeException {
  protected NotFound(String what, Object id) {
    super(what + " " + id + " does not exist", null, false, false);
  }
}
