package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place our own values become JSON and stored JSON becomes values again (stored features,
 * mentions, removed lines, derived results, views). Our values are plain records, lists and maps:
 * writing them does not fail, and stored JSON that cannot be read is a broken store, not bad input.
 */
@ApplicationScoped
public class Json {
  private final ObjectMapper mapper;

  Json(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw unwritable(value, e);
    }
  }

  public byte[] writeBytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw unwritable(value, e);
    }
  }

  /** The value as a JSON tree, to shape before writing (sparse fields). */
  public <T extends JsonNode> T tree(Object value) {
    return mapper.valueToTree(value);
  }

  public <T> T read(String stored, Class<T> type) {
    try {
      return mapper.readValue(stored, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
    }
  }

  public <T> T read(String stored, TypeReference<T> type) {
    try {
      return mapper.readValue(stored, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getType() + " is not readable", e);
    }
  }

  private static IllegalStateException unwritable(Object value, JsonProcessingException e) {
    return new IllegalStateException(
        value.getClass().getName() + " is not a plain record, list or map", e);
  }
}
