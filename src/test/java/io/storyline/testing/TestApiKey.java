package io.storyline.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.List;

/**
 * REST tests write with the test profile's API key: a RestAssured filter adds it to every request
 * that names no key of its own. Registered as a Quarkus test callback so it runs in the test's own
 * class loader (where its RestAssured lives); the access tests remove it.
 */
public final class TestApiKey implements QuarkusTestBeforeEachCallback {
  public static final String KEY = "test-key";

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    install();
  }

  public static void install() {
    RestAssured.replaceFiltersWith(List.of(filter()));
  }

  public static void remove() {
    RestAssured.replaceFiltersWith(List.of());
  }

  private static Filter filter() {
    return (request, response, context) -> {
      if (!request.getHeaders().hasHeaderWithName("X-API-Key")
          && !request.getHeaders().hasHeaderWithName("Authorization")) {
        request.header("X-API-Key", KEY);
      }
      return context.next(request, response);
    };
  }
}
