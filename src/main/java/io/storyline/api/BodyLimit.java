package io.storyline.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bodies over {@code quarkus.http.limits.max-body-size} are answered 413 as problem+json like every
 * other error: Vert.x would answer them itself with a bare 413. A declared Content-Length is
 * checked before the body is read; a chunked body that grows past the limit fails in Vert.x and is
 * mapped here too.
 */
@ApplicationScoped
public class BodyLimit {
  private static final String DETAIL =
      "The request body is larger than the configured limit of %d bytes";

  private final long maxBytes;

  BodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
          MemorySize max) {
    this.maxBytes = max.asLongValue();
  }

  void declaredLength(@Observes Filters filters) {
    filters.register(this::checkDeclaredLength, 1000);
  }

  void chunkedOverflow(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(
            context -> {
              if (context.statusCode() == 413 && !context.response().headWritten()) {
                tooLarge(context);
              } else {
                context.next();
              }
            });
  }

  private void checkDeclaredLength(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      try {
        if (Long.parseLong(length.strip()) > maxBytes) {
          tooLarge(context);
          return;
        }
      } catch (NumberFormatException unreadable) {
        // Vert.x rejects a malformed Content-Length itself before we get here.
      }
    }
    context.next();
  }

  private void tooLarge(RoutingContext context) {
    String body =
        "{\"type\":\"https://storyline.io/problems/payload-too-large\",\"title\":\"Payload Too"
            + " Large\",\"status\":413,\"detail\":\""
            + String.format(java.util.Locale.ROOT, DETAIL, maxBytes)
            + "\"}";
    context
        .response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body);
  }
}
