package io.storyline.store;

/** The disk under the store has less room than writes need (see {@link StoreSpace}). */
public final class StoreFullException extends RuntimeException {
  public StoreFullException(String message) {
    super(message, null, false, false);
  }
}
