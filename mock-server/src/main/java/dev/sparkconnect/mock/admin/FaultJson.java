package dev.sparkconnect.mock.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.sparkconnect.mock.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A {@link Fault} written as JSON, with the same words as the Java API:
 *
 * <pre>{@code
 * {"fault": "unavailable", "afterResponses": 3}
 * {"fault": "delay", "millis": 200, "betweenResponses": true, "always": true}
 * {"fault": "sparkError", "errorClass": "DIVIDE_BY_ZERO", "sqlState": "22012", "message": "Division by zero",
 *  "rpc": "ExecutePlan", "times": 2}
 * }</pre>
 *
 * <p>{@code fault} is one of {@value #KINDS}; {@code rpc} (default {@code ExecutePlan}, {@code *}
 * for all), {@code afterResponses} (0), {@code times} (1) or {@code always}, and
 * {@code betweenResponses} (delays only) place it. Anything else is refused naming what to fix.
 */
final class FaultJson {

  static final String KINDS = "unavailable, invalidCursorDisconnected, endStream, dropConnection, loseSession,"
      + " restartServer, delay, retryAfter, sparkError";
  private static final Set<String> FIELDS = Set.of("fault", "millis", "errorClass", "sqlState", "message", "rpc",
      "afterResponses", "times", "always", "betweenResponses");

  private FaultJson() {}

  /** The fault {@code json} describes; {@link IllegalArgumentException} saying what is wrong otherwise. */
  static Fault parse(String json) {
    JsonObject object;
    try {
      JsonElement element = JsonParser.parseString(json);
      if (!element.isJsonObject()) {
        throw new IllegalArgumentException("a fault is a JSON object such as {\"fault\": \"unavailable\"}");
      }
      object = element.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage());
    }
    for (String field : object.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException("unknown field \"" + field + "\"; the fields are " + List.copyOf(FIELDS));
      }
    }
    String kind = text(object, "fault", null);
    if (kind == null) {
      throw new IllegalArgumentException("\"fault\" is missing; it is one of " + KINDS);
    }
    Fault fault = switch (kind) {
      case "unavailable" -> Fault.unavailable();
      case "invalidCursorDisconnected" -> Fault.invalidCursorDisconnected();
      case "endStream" -> Fault.endStream();
      case "dropConnection" -> Fault.dropConnection();
      case "loseSession" -> Fault.loseSession();
      case "restartServer" -> Fault.restartServer();
      case "delay" -> Fault.delay(Duration.ofMillis(number(object, "millis", -1, "delay")));
      case "retryAfter" -> Fault.retryAfter(Duration.ofMillis(number(object, "millis", -1, "retryAfter")));
      case "sparkError" -> Fault.sparkError(required(object, "errorClass"), text(object, "sqlState", "XX000"),
          text(object, "message", "injected by the mock server's admin API"));
      default -> throw new IllegalArgumentException("\"fault\" is \"" + kind + "\"; it is one of " + KINDS);
    };
    fault = fault.onRpc(text(object, "rpc", "ExecutePlan")).afterResponses(number(object, "afterResponses", 0, null));
    if (object.has("always") && object.get("always").getAsBoolean()) {
      fault = fault.always();
    } else if (object.has("times")) {
      fault = fault.times(number(object, "times", 1, null));
    }
    if (object.has("betweenResponses") && object.get("betweenResponses").getAsBoolean()) {
      fault = fault.betweenResponses();
    }
    return fault;
  }

  private static String required(JsonObject object, String field) {
    String value = text(object, field, null);
    if (value == null) {
      throw new IllegalArgumentException("\"" + field + "\" is missing");
    }
    return value;
  }

  private static String text(JsonObject object, String field, String fallback) {
    if (!object.has(field)) {
      return fallback;
    }
    JsonElement value = object.get(field);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException("\"" + field + "\" must be text");
    }
    return value.getAsString();
  }

  private static int number(JsonObject object, String field, int fallback, String neededBy) {
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
    return value.getAsInt();
  }
}
