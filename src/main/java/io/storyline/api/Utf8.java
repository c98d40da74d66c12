package io.storyline.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies are UTF-8: malformed bytes are a bad request, not silently replaced with U+FFFD.
 */
public final class Utf8 {
  private Utf8() {}

  /**
   * @throws InvalidRequestException naming {@code field} when the bytes are not valid UTF-8
   */
  public static String decode(byte[] bytes, String field) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidRequestException(field, "is not valid UTF-8");
    }
  }
}
