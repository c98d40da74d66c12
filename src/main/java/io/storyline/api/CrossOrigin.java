package io.storyline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may call the API from a browser page. Same-origin pages (Swagger UI on the service itself)
 * are not cross-origin at all and may do anything the API key allows. Any other origin may read
 * (GET and HEAD, answered with {@code Access-Control-Allow-Origin: *}); it may write only when
 * {@code quarkus.http.cors.origins} lists it, and then Quarkus's own CORS filter, which runs after
 * this one, applies the {@code quarkus.http.cors.*} settings. Every refusal is problem+json (the
 * Quarkus filter would answer a bare 403 with an empty body).
 */
@ApplicationScoped
public class CrossOrigin {
  /** Runs before Quarkus's CORS filter (priority 300); higher priorities run first. */
  private static final int BEFORE_QUARKUS_CORS = 400;

  /** What a cross-origin reader may send beyond the CORS-safelisted headers: conditional GETs. */
  private static final String READ_HEADERS = "If-None-Match,Accept-Encoding";

  private final List<String> writeOrigins;
  private final List<Pattern> writeOriginPatterns;
  private final List<String> writeMethods;
  private final String exposedHeaders;
  private final String maxAgeSeconds;
  private final ObjectMapper json;

  CrossOrigin(
      @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
      @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods,
      @ConfigProperty(name = "quarkus.http.cors.exposed-headers") Optional<List<String>> exposed,
      @ConfigProperty(name = "quarkus.http.cors.access-control-max-age") Optional<Duration> maxAge,
      ObjectMapper json) {
    this.writeOrigins = origins.orElse(List.of());
    this.writeOriginPatterns = CORSFilter.parseAllowedOriginsRegex(origins);
    this.writeMethods =
        methods.orElse(List.of()).stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).toList();
    this.exposedHeaders = String.join(",", exposed.orElse(List.of()));
    this.maxAgeSeconds = maxAge.map(d -> String.valueOf(d.toSeconds())).orElse(null);
    this.json = json;
  }

  void register(@Observes Filters filters) {
    filters.register(this::decide, BEFORE_QUARKUS_CORS);
  }

  private void decide(RoutingContext context) {
    HttpServerRequest request = context.request();
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      context.next();
      return;
    }
    if (isSameOrigin(request, origin)) {
      // Not a cross-origin request: nothing for the CORS filter to check (it would hold the page's
      // own writes to the cross-origin method list).
      request.headers().remove(HttpHeaders.ORIGIN);
      context.next();
      return;
    }
    if (mayWrite(origin)) {
      if (!writeMethods.isEmpty() && !writeMethods.contains(requestedMethod(request))) {
        refuse(
            context,
            "Method "
                + requestedMethod(request)
                + " is not allowed from origin "
                + origin
                + " (quarkus.http.cors.methods)");
        return;
      }
      context.next(); // Quarkus's CORS filter answers with the configured headers
      return;
    }
    String method = requestedMethod(request);
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
      refuse(
          context,
          "Origin "
              + origin
              + " may read but not write; list it in quarkus.http.cors.origins to allow writes");
      return;
    }
    var response = context.response();
    response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    if (request.method() == HttpMethod.OPTIONS) {
      response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD,OPTIONS");
      response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, READ_HEADERS);
      if (maxAgeSeconds != null) {
        response.putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAgeSeconds);
      }
      response.setStatusCode(200).end();
      return;
    }
    if (!exposedHeaders.isEmpty()) {
      response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposedHeaders);
    }
    // Answered as a plain request from here on: the CORS filter would refuse an unlisted origin.
    request.headers().remove(HttpHeaders.ORIGIN);
    context.next();
  }

  private boolean mayWrite(String origin) {
    return writeOrigins.contains(origin)
        || CORSFilter.isOriginAllowedByRegex(writeOriginPatterns, origin);
  }

  /** The method of the request itself, or for a preflight the one it asks about. */
  private static String requestedMethod(HttpServerRequest request) {
    String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    if (request.method() == HttpMethod.OPTIONS && asked != null) {
      return asked.strip().toUpperCase(Locale.ROOT);
    }
    return request.method().name();
  }

  /** Scheme, host and port of the Origin equal the request's own (default ports filled in). */
  static boolean isSameOrigin(HttpServerRequest request, String origin) {
    String authority = request.getHeader(HttpHeaders.HOST);
    if (authority == null || origin.equals("null")) {
      return false;
    }
    try {
      URI page = new URI(origin);
      URI self = new URI(request.scheme() + "://" + authority);
      return page.getScheme() != null
          && page.getScheme().equalsIgnoreCase(self.getScheme())
          && page.getHost() != null
          && page.getHost().equalsIgnoreCase(self.getHost())
          && port(page) == port(self)
          && (page.getRawPath() == null || page.getRawPath().isEmpty());
    } catch (java.net.URISyntaxException malformed) {
      return false;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private void refuse(RoutingContext context, String detail) {
    Problem problem =
        Problem.of(403, "cross-origin-refused", "Cross-origin request refused", detail)
            .at(context.request().path());
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem is a plain record", e);
    }
    context
        .response()
        .setStatusCode(403)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(body);
  }
}
