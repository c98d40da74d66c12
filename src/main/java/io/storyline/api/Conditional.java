package io.storyline.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * Answers a GET with a representation and its strong ETag: 304 when the client's ETag still
 * matches, else the bytes, gzip-compressed when the client accepts it. The gzip body is another
 * representation, so it has its own strong ETag (RFC 9110, 8.8.3): the identity tag with {@code
 * -gzip} inside the quotes. Either tag in If-None-Match names the same content version, so either
 * answers 304 (with the tag of the representation this request would get).
 */
public final class Conditional {
  /** Story views change only with the story; a minute of staleness spares most revalidations. */
  static final String VIEWS = "max-age=60";

  /** Lists change with every write: a client revalidates each time, mostly for a bodiless 304. */
  static final String LISTS = "no-cache";

  /** Media types sent gzip-compressed (the others pass through the HTTP layer as they are). */
  private static final Set<String> COMPRESSIBLE =
      Set.of(MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE, "application/vnd.timelinejs+json");

  private Conditional() {}

  /** A story view (story, timeline, summary). */
  public static Response respond(
      Representation representation, HttpHeaders headers, String mediaType) {
    return respond(representation, headers, mediaType, VIEWS);
  }

  /** A list, or another read that changes with any write. */
  public static Response respondList(Representation representation, HttpHeaders headers) {
    return respond(representation, headers, MediaType.APPLICATION_JSON, LISTS);
  }

  static Response respond(
      Representation representation, HttpHeaders headers, String mediaType, String cacheControl) {
    return respond(
        representation,
        headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
        headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
        mediaType,
        cacheControl);
  }

  static Response respond(
      Representation representation,
      String ifNoneMatch,
      String acceptEncoding,
      String mediaType,
      String cacheControl) {
    boolean gzip = COMPRESSIBLE.contains(mediaType) && Representation.acceptsGzip(acceptEncoding);
    String etag = gzip ? representation.gzipEtag() : representation.etag();
    CacheControl cache = CacheControl.valueOf(cacheControl);
    if (representation.matches(ifNoneMatch)) {
      return Response.notModified()
          .tag(unquoted(etag))
          .cacheControl(cache)
          .header(HttpHeaders.VARY, "Accept, Accept-Encoding")
          .build();
    }
    // Pre-compressed bytes: with Content-Encoding set, the HTTP layer passes the body through as
    // is.
    return Response.ok(gzip ? representation.gzipped() : representation.body(), mediaType)
        .header(HttpHeaders.CONTENT_ENCODING, gzip ? "gzip" : null)
        .tag(unquoted(etag))
        .cacheControl(cache)
        .header(HttpHeaders.VARY, "Accept, Accept-Encoding")
        .build();
  }

  private static EntityTag unquoted(String etag) {
    return new EntityTag(etag.substring(1, etag.length() - 1));
  }
}
