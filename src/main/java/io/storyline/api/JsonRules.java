package io.storyline.api;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON in and out of the service. Out: article text is untrusted HTML-ish input served back as
 * JSON, so {@code < > & '} are written as backslash-u escapes and no response, even one a browser
 * mis-sniffs or a client pastes into a page, carries live markup (JSON readers decode them to the
 * same characters). In: a number or boolean where text is expected is the wrong type, not text
 * ("title": 5 is a client bug).
 */
@Singleton
public class JsonRules implements ObjectMapperCustomizer {
  private static final CharacterEscapes ESCAPES =
      new CharacterEscapes() {
        private final int[] table = table();

        private static int[] table() {
          int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
          escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
          escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
          escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
          escapes['\''] = CharacterEscapes.ESCAPE_STANDARD;
          return escapes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
          return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
          return null;
        }
      };

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.getFactory().setCharacterEscapes(ESCAPES);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }
}
