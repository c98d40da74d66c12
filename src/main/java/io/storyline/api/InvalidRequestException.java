package io.storyline.api;

import java.util.List;

/** Input that failed validation at the edge; mapped to a 400 problem naming every bad field. */
public final class InvalidRequestException extends RuntimeException {
  private final transient List<Problem.FieldError> errors;

  public InvalidRequestException(List<Problem.FieldError> errors) {
    super(
        errors.isEmpty()
            ? "invalid request"
            : errors.get(0).field() + ": " + errors.get(0).detail(),
        null,
        false,
        false);
    this.errors = List.copyOf(errors);
  }

  public InvalidRequestException(String field, String detail) {
    this(List.of(new Problem.FieldError(field, detail)));
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
