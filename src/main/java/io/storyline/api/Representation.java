package io.storyline.api;

import io.storyline.store.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A serialised response body with its strong ETag and the body gzip-compressed at most once. The
 * ETag is a check of the bytes, so equal bodies share it: two CRCs (CRC-32C, CRC-32) and the
 * length, 64 bits against an accidental match, which is what a validator guards against (SHA-256
 * cost a millisecond per 200 KB search answer under C1, which has no intrinsic for it). The body is
 * compressed when first needed: compressing a 65 KB timeline on every request cost ~0.9 ms of CPU
 * and capped timeline reads at ~1,300 req/s (bench/run.sh, JFR), against ~13,000 for the cached
 * bytes; compressing every topic search's answer, asked for with gzip or not, was most of a
 * search's CPU (bench/search.sh). Thread-safe.
 */
public final class Representation {
  private final byte[] body;
  private final String etag;
  private volatile byte[] gzipped;

  private Representation(byte[] body, String etag) {
    this.body = body;
    this.etag = etag;
  }

  /** The representation of a view's JSON. */
  public static Representation ofJson(Json json, Object view) {
    return of(json.writeBytes(view));
  }

  public static Representation of(byte[] body) {
    CRC32C crc32c = new CRC32C();
    crc32c.update(body);
    CRC32 crc32 = new CRC32();
    crc32.update(body);
    byte[] check =
        ByteBuffer.allocate(12)
            .putInt((int) crc32c.getValue())
            .putInt((int) crc32.getValue())
            .putInt(body.length)
            .array();
    return new Representation(
        body, "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(check) + "\"");
  }

  public byte[] body() {
    return body;
  }

  public String etag() {
    return etag;
  }

  /** The body gzip-compressed, computed on first use (two racing threads compute equal bytes). */
  public byte[] gzipped() {
    byte[] compressed = gzipped;
    if (compressed == null) {
      compressed = gzip(body);
      gzipped = compressed;
    }
    return compressed;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory streams do not fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Whether an {@code Accept-Encoding} header accepts gzip (listed, or {@code *}, without {@code
   * q=0}).
   */
  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
      boolean refused =
          parts.length > 1 && parts[1].strip().replace(" ", "").matches("q=0(\\.0{0,3})?");
      if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && !refused) {
        return true;
      }
    }
    return false;
  }

  /** The strong ETag of the gzip-compressed body: another representation, another tag. */
  public String gzipEtag() {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  /**
   * Whether an {@code If-None-Match} header names this content, compressed or not (RFC 9110 weak
   * comparison).
   */
  public boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String gzipEtag = gzipEtag();
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag) || tag.equals(gzipEtag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Bytes held once cached: the body and its compressed form, which this computes (a cached
   * representation is compressed before it is first served, not on a request's time).
   */
  public int size() {
    return body.length + gzipped().length + etag.getBytes(StandardCharsets.US_ASCII).length;
  }
}
