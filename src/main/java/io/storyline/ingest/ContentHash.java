package io.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-256 of the normalised text (case and white space folded): the same article re-sent hashes the
 * same.
 */
final class ContentHash {
  private ContentHash() {}

  static String of(String cleanedText) {
    StringBuilder normal = new StringBuilder(cleanedText.length());
    boolean space = false;
    for (int i = 0; i < cleanedText.length(); i++) {
      char c = cleanedText.charAt(i);
      if (Character.isWhitespace(c)) {
        space = normal.length() > 0;
      } else {
        if (space) {
          normal.append(' ');
          space = false;
        }
        normal.append(c);
      }
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          digest.digest(
              normal.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
