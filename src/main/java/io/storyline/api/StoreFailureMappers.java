package io.storyline.api;

import io.storyline.store.StoreFailure;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request that failed because the store did (database unreachable or gone, no answer in time,
 * disk full) gets a 503 or 507 problem with {@code Retry-After}, never a 500: the same request
 * succeeds once the store is back, and since writes are idempotent, sending it again stores nothing
 * twice (the items of a bulk request committed before the failure are reported "existing"). Any
 * other failure is a bug, for {@link ProblemMappers}.
 */
public final class StoreFailureMappers {
  private static final Logger LOG = Logger.getLogger(StoreFailureMappers.class);

  /** Seconds a client should wait: a database restart takes seconds. */
  static final int RETRY_UNAVAILABLE_SECONDS = 5;

  /** Seconds a client should wait: someone has to free space first. */
  static final int RETRY_FULL_SECONDS = 60;

  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper
  public Response storeFailure(RuntimeException e, UriInfo uri) {
    return StoreFailure.of(e)
        .map(failure -> respond(failure, e, uri))
        .orElseGet(() -> problems.unexpected(e, uri));
  }

  private static Response respond(StoreFailure failure, RuntimeException e, UriInfo uri) {
    // One line, not a stack trace per request: an outage fails every request the same way.
    LOG.warnf("Store %s serving %s: %s", failure, uri.getPath(), rootMessage(e));
    Problem problem =
        switch (failure) {
          case UNAVAILABLE ->
              Problem.of(
                  503,
                  "store-unavailable",
                  "Store unavailable",
                  "The database cannot be reached or did not answer in time. Send the request"
                      + " again after the Retry-After delay: what was stored before the failure is"
                      + " recognised, nothing is stored twice.");
          case FULL ->
              Problem.of(
                  507,
                  "store-full",
                  "Insufficient storage",
                  "The database has no space left. Send the request again once space has been"
                      + " freed: what was stored before the failure is recognised, nothing is"
                      + " stored twice.");
        };
    int retryAfter = failure == StoreFailure.FULL ? RETRY_FULL_SECONDS : RETRY_UNAVAILABLE_SECONDS;
    return ProblemMappers.builder(problem, uri).header("Retry-After", retryAfter).build();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    for (int depth = 0; root.getCause() != null && depth < 32; depth++) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
