package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The one place our own values become JSON and stored JSON becomes values again (stored features,
 * mentions, removed lines, derived results, views). Our values are plain records, lists and maps:
 * writing them does not fail, and stored JSON that cannot be read is a broken store, not bad input.
 */
@ApplicationScoped
public class Json {
  private final ObjectMapper mapper;

  public Json(ObjectMapper mapper) {
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

  /**
   * The same JSON with mix-ins (target type to the type whose Jackson annotations it takes): a
   * stored form of its own. Made once (a mapper copy is not cheap).
   */
  public Json withMixIns(Map<Class<?>, Class<?>> mixIns) {
    ObjectMapper copy = mapper.copy();
    mixIns.forEach(copy::addMixIn);
    return new Json(copy);
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
