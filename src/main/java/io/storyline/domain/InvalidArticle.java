package io.storyline.domain;

import java.util.List;

/** An article that cannot be stored, with every reason by field; the edge answers 400. */
public final class InvalidArticle extends RuntimeException {
  /** One reason: the field (as the request names it) and what is wrong with it. */
  public record Reason(String field, String detail) {}

  private final transient List<Reason> reasons;

  public InvalidArticle(List<Reason> reasons) {
    super(
        reasons.isEmpty()
            ? "invalid article"
            : reasons.get(0).field() + ": " + reasons.get(0).detail(),
        null,
        false,
        false);
    this.reasons = List.copyOf(reasons);
  }

  public InvalidArticle(String field, String detail) {
    this(List.of(new Reason(field, detail)));
  }

  public List<Reason> reasons() {
    return reasons;
  }
}
