package dev.sparkconnect.mock.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Set;

/**
 * Reading the admin API's JSON bodies strictly: an object with known fields only, each of the
 * right kind, and every mistake said in words a caller can act on.
 */
final class JsonBodies {

  private JsonBodies() {}

  /** The JSON object {@code json}, whose fields must all be among {@code fields}. */
  static JsonObject object(String json, String example, Set<String> fields) {
    JsonObject object;
    try {
      JsonElement element = JsonParser.parseString(json);
      if (!element.isJsonObject()) {
        throw new IllegalArgumentException("the body is a JSON object such as " + example);
      }
      object = element.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage());
    }
    for (String field : object.keySet()) {
      if (!fields.contains(field)) {
        throw new IllegalArgumentException("unknown field \"" + field + "\"; the fields are "
            + List.copyOf(new java.util.TreeSet<>(fields)));
      }
    }
    return object;
  }

  /** A text field that must be there. */
  static String required(JsonObject object, String field) {
    String value = text(object, field, null);
    if (value == null) {
      throw new IllegalArgumentException("\"" + field + "\" is missing");
    }
    return value;
  }

  /** A text field, or {@code fallback} when it is absent. */
  static String text(JsonObject object, String field, String fallback) {
    if (!object.has(field)) {
      return fallback;
    }
    JsonElement value = object.get(field);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException("\"" + field + "\" must be text");
    }
    return value.getAsString();
  }

  /**
   * A number field, or {@code fallback} when it is absent; a negative fallback means it is
   * required by {@code neededBy}.
   */
  static long number(JsonObject object, String field, long fallback, String neededBy) {
    if (!object.has(field)) {
      if (fallback < 0) {
        throw new IllegalArgumentException("\"" + field + "\" is missing; " + neededBy + " needs it");
      }
      return fallback;
    }
    JsonElement value = object.get(field);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a number");
    }
    return value.getAsLong();
  }
}
