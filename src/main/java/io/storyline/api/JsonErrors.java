package io.storyline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a client needs to know about JSON that did not bind, in the API's words: Jackson's own
 * messages name Java types ("value of type `…ArticleInput`") and tokens, which say nothing to a
 * client and describe the implementation.
 */
public final class JsonErrors {
  private JsonErrors() {}

  /** The field at fault, as {@code title} or {@code items.[2].url}; empty for the whole value. */
  public static String field(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return unknown.getPropertyName();
    }
    if (!(e instanceof MismatchedInputException mismatch)) {
      return "";
    }
    return mismatch.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  /** The complaint about {@link #field}: "is not a known field", "must be a string"... */
  public static String detail(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + expected(mismatch.getTargetType());
    }
    return "is not valid JSON";
  }

  /** The JSON a Java type binds from, as a client would name it. */
  static String expected(Class<?> type) {
    if (CharSequence.class.isAssignableFrom(type) || type == char.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of its documented values";
    }
    if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
      return "an object";
    }
    return "a value of the documented form";
  }
}
