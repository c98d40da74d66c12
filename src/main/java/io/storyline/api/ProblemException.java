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

  public Problem problem() {
    return problem;
  }
}
