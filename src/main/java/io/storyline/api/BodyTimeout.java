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
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

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
      context.put(TIMER, timer);
      context.put(HEADERS_AT, System.nanoTime());
      context.addEndHandler(done -> context.vertx().cancelTimer(timer));
    }
    context.next();
  }

  private static final String TIMER = "storyline.body-timeout.timer";
  private static final String HEADERS_AT = "storyline.body-timeout.headers-at";

  /**
   * For an endpoint that reads its body as it arrives, at its own pace (a bulk feed, analysed as it
   * is read): the time-out then counts only the time its reads wait for the client's bytes, not the
   * time the endpoint spends on what it read, and a client that trickles gets its 408 from the
   * returned stream.
   */
  public InputStream readAtOwnPace(RoutingContext context, InputStream body) {
    Long timer = context.get(TIMER);
    if (timer == null || !context.vertx().cancelTimer(timer)) {
      return body; // the body was in before its time was up: nothing left to wait for
    }
    long spent = System.nanoTime() - context.<Long>get(HEADERS_AT);
    return new WaitLimited(body, TimeUnit.MILLISECONDS.toNanos(millis) - spent, millis);
  }

  /** A stream whose reads may wait for the client this long in all, then fail with a 408. */
  private static final class WaitLimited extends FilterInputStream {
    private final long timeoutMillis;
    private long nanosLeft;

    WaitLimited(InputStream body, long nanosLeft, long timeoutMillis) {
      super(body);
      this.nanosLeft = nanosLeft;
      this.timeoutMillis = timeoutMillis;
    }

    @Override
    public int read() throws IOException {
      long start = System.nanoTime();
      int read = super.read();
      charge(start);
      return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      long start = System.nanoTime();
      int read = super.read(buffer, offset, length);
      charge(start);
      return read;
    }

    private void charge(long start) {
      nanosLeft -= System.nanoTime() - start;
      if (nanosLeft < 0) {
        throw new ProblemException(
            Problem.of(
                408,
                "request-timeout",
                "Request Timeout",
                "The request body did not arrive within " + timeoutMillis / 1000 + " s"));
      }
    }
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
