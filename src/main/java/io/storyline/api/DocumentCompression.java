package io.storyline.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Lets the HTTP layer compress the API document (/q/openapi, 38 KB as JSON): with compression
 * enabled, Quarkus marks every response {@code Content-Encoding: identity} and lifts that only on
 * the routes it wraps itself (REST endpoints), and the document's route is not one of them.
 */
@ApplicationScoped
public class DocumentCompression {
  /** The document's two media types, both in quarkus.http.compress-media-types. */
  private static final Set<String> DOCUMENT_TYPES = Set.of("application/json", "application/yaml");

  void compressTheDocument(@Observes Router router) {
    router
        .route("/q/openapi*")
        .order(-1)
        .handler(
            context -> {
              context.addHeadersEndHandler(
                  done -> {
                    var headers = context.response().headers();
                    String type = headers.get(HttpHeaders.CONTENT_TYPE);
                    if (type != null
                        && DOCUMENT_TYPES.contains(type.split(";")[0].strip())
                        && "identity".equals(headers.get(HttpHeaders.CONTENT_ENCODING))) {
                      headers.remove(HttpHeaders.CONTENT_ENCODING);
                    }
                  });
              context.next();
            });
  }
}
