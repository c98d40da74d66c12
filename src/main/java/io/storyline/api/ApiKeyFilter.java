package io.storyline.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads are public, but for the export of the whole store; every write under {@code /api} needs a
 * key from {@code storyline.api-keys}, sent as {@code Authorization: Bearer KEY} or {@code
 * X-API-Key: KEY}. Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual}, over
 * every configured key, so timing reveals neither key nor length.
 */
public final class ApiKeyFilter {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** POSTs that compute without writing anything. */
  private static final Set<String> PUBLIC_POSTS = Set.of("/api/temporal/annotate");

  /** Reads that hand out the whole store, as writes need a key. */
  private static final Set<String> KEYED_READS = Set.of("/api/articles/export");

  private final List<byte[]> keyDigests;

  ApiKeyFilter(StorylineConfig config) {
    this.keyDigests =
        config.apiKeys().orElse(List.of()).stream()
            .map(String::strip)
            .filter(k -> !k.isEmpty())
            .map(ApiKeyFilter::digest)
            .toList();
  }

  @ServerRequestFilter
  public Optional<Response> requireKeyForWrites(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    boolean keyedRead = KEYED_READS.contains(withoutTrailingSlash(path));
    if (!keyedRead
        && (!WRITES.contains(request.getMethod())
            || !path.startsWith("/api/")
            || PUBLIC_POSTS.contains(path))) {
      return Optional.empty();
    }
    String key = presentedKey(request);
    if (key == null) {
      return Optional.of(
          ProblemMappers.builder(
                  Problem.of(
                      401,
                      "unauthenticated",
                      "API key required",
                      "Writes need an API key: send 'Authorization: Bearer <key>' or 'X-API-Key:"
                          + " <key>'"),
                  request.getUriInfo())
              .header("WWW-Authenticate", "Bearer realm=\"storyline\"")
              .build());
    }
    if (!known(key)) {
      return Optional.of(
          ProblemMappers.builder(
                  Problem.of(
                      403,
                      "forbidden",
                      "API key not accepted",
                      "The API key sent is not one of this service's keys"),
                  request.getUriInfo())
              .build());
    }
    return Optional.empty();
  }

  private static String withoutTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private boolean known(String key) {
    byte[] presented = digest(key);
    boolean match = false;
    for (byte[] candidate : keyDigests) {
      match |= MessageDigest.isEqual(candidate, presented);
    }
    return match;
  }

  private static String presentedKey(ContainerRequestContext request) {
    String header = request.getHeaderString("X-API-Key");
    if (header != null && !header.isBlank()) {
      return header.strip();
    }
    String authorization = request.getHeaderString("Authorization");
    if (authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && authorization.length() > 7) {
      return authorization.substring(7).strip();
    }
    return null;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
