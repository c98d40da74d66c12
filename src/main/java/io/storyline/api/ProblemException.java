package io.storyline.api;

/**
 * A failure that already knows the problem it answers with (404 for a missing story, 401 without a
 * key...).
 */
public final class ProblemException extends RuntimeException {
  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(
        Problem.of(404, "not-found", "Not found", what + " " + id + " does not exist"));
  }

  public Problem problem() {
    return problem;
  }
}
