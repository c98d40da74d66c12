package io.storyline.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Answers a GET with a cached representation: 304 when the client's ETag still matches, else the
 * bytes.
 */
public final class Conditional {
  private Conditional() {}

  public static Response respond(
      Representation representation, HttpHeaders headers, String mediaType) {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(60);
    cache.setMustRevalidate(false);
    cache.setNoTransform(false);
    if (representation.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
      return Response.notModified()
          .tag(unquoted(representation.etag()))
          .cacheControl(cache)
          .build();
    }
    // Pre-compressed bytes: with Content-Encoding set, the HTTP layer passes the body through as
    // is. Only
    // for JSON: the HTTP layer marks other media types (not in quarkus.http.compress-media-types)
    // identity.
    boolean gzip =
        MediaType.APPLICATION_JSON.equals(mediaType)
            && Representation.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    return Response.ok(gzip ? representation.gzipped() : representation.body(), mediaType)
        .header(HttpHeaders.CONTENT_ENCODING, gzip ? "gzip" : null)
        .tag(unquoted(representation.etag()))
        .cacheControl(cache)
        .header(HttpHeaders.VARY, "Accept, Accept-Encoding")
        .build();
  }

  private static jakarta.ws.rs.core.EntityTag unquoted(String etag) {
    return new jakarta.ws.rs.core.EntityTag(etag.substring(1, etag.length() - 1));
  }
}
