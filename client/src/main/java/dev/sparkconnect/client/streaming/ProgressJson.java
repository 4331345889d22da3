package dev.sparkconnect.client.streaming;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the JSON a Spark server writes for progress: fields that are missing (Spark leaves out a
 * rate that is not a number) read as NaN, -1 or empty, never as an error.
 */
final class ProgressJson {

  private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
  private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting()
      .create();

  private ProgressJson() {}

  static JsonObject parse(String json) {
    JsonElement element = JsonParser.parseString(json);
    if (!element.isJsonObject()) {
      throw new IllegalArgumentException("a progress report is a JSON object, not: " + shorten(json));
    }
    return element.getAsJsonObject();
  }

  static String text(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value == null || value.isJsonNull() ? null : value.isJsonPrimitive() ? value.getAsString() : value.toString();
  }

  static long number(JsonObject object, String field, long missing) {
    JsonElement value = object.get(field);
    return value == null || value.isJsonNull() ? missing : value.getAsLong();
  }

  static double rate(JsonObject object, String field) {
    JsonElement value = object.get(field);
    if (value == null || value.isJsonNull()) {
      return Double.NaN;
    }
    try {
      return value.getAsDouble();
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A JSON object of numbers, by name, in its order. */
  static Map<String, Long> longs(JsonObject object, String field) {
    Map<String, Long> values = new LinkedHashMap<>();
    JsonElement value = object.get(field);
    if (value != null && value.isJsonObject()) {
      value.getAsJsonObject().entrySet().forEach(entry -> values.put(entry.getKey(), entry.getValue().getAsLong()));
    }
    return Collections.unmodifiableMap(values);
  }

  /** A JSON object of texts, by name, in its order. */
  static Map<String, String> texts(JsonObject object, String field) {
    Map<String, String> values = new LinkedHashMap<>();
    JsonElement value = object.get(field);
    if (value != null && value.isJsonObject()) {
      value.getAsJsonObject().entrySet().forEach(entry -> values.put(entry.getKey(),
          entry.getValue().isJsonPrimitive() ? entry.getValue().getAsString() : entry.getValue().toString()));
    }
    return Collections.unmodifiableMap(values);
  }

  static String compact(JsonElement json) {
    return COMPACT.toJson(json);
  }

  static String pretty(JsonElement json) {
    return PRETTY.toJson(json);
  }

  static String quote(String text) {
    return COMPACT.toJson(text);
  }

  private static String shorten(String json) {
    return json.length() > 200 ? json.substring(0, 200) + "..." : json;
  }
}
