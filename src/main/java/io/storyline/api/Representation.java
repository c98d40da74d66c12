package io.storyline.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A serialised response body with its strong ETag (a digest of the bytes, so equal bodies share it). */
public record Representation(byte[] body, String etag) {

  public static Representation of(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18));
      return new Representation(body, "\"" + tag + "\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether an {@code If-None-Match} header names this representation (RFC 9110 weak comparison). */
  public boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return body.length + etag.getBytes(StandardCharsets.US_ASCII).length;
  }
}
