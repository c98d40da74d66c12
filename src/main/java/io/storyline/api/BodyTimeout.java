package io.storyline.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * A request body must arrive whole within {@code storyline.http.body-timeout} of its headers, or
 * the request is answered 408 and its connection closed. Vert.x's idle timeout only closes
 * connections that send nothing at all: a client trickling a body (one byte a second) would hold
 * its connection, and the memory of its buffered body, for days. Bodies are read on the event loop,
 * so such a client never holds a worker thread; this bounds what many of them can hold.
 */
@ApplicationScoped
public class BodyTimeout {
  private final long millis;

  /** HTTP settings of our own (the README's configuration table). */
  @ConfigMapping(prefix = "storyline.http")
  public interface HttpTimeouts {
    /** Time for a whole request body to arrive after the headers: 8 MB at 140 KB/s in 60 s. */
    @WithDefault("60S")
    Duration bodyTimeout();
  }

  BodyTimeout(HttpTimeouts timeouts) {
    this.millis = timeouts.bodyTimeout().toMillis();
  }

  void register(@Observes Filters filters) {
    filters.register(this::watch, 2000);
  }

  private void watch(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (!request.isEnded() && mayHaveBody(request)) {
      long timer = context.vertx().setTimer(millis, id -> cutOff(context));
      context.addEndHandler(done -> context.vertx().cancelTimer(timer));
    }
    context.next();
  }

  private static boolean mayHaveBody(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
        || (length != null && !length.strip().equals("0"));
  }

  private void cutOff(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (request.isEnded()) {
      return; // the body is in; the request is being served
    }
    if (context.response().headWritten()) {
      close(request);
      return;
    }
    context
        .response()
        .setStatusCode(408)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(
            "{\"type\":\"https://storyline.io/problems/request-timeout\",\"title\":\"Request"
                + " Timeout\",\"status\":408,\"detail\":\"The request body did not arrive within "
                + millis / 1000
                + " s\"}")
        .onComplete(sent -> close(request));
  }

  /** The rest of the body would still be on its way: the connection goes (HTTP/2: the stream). */
  private static void close(HttpServerRequest request) {
    if (request.version() == HttpVersion.HTTP_2) {
      request.response().reset();
    } else {
      request.connection().close();
    }
  }
}
