package dev.sparkconnect.mock.admin;

import com.google.gson.JsonObject;
import dev.sparkconnect.mock.Fault;
import dev.sparkconnect.mock.FaultExpression;
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
      + " evictSession, abandonOperation, restartServer, delay, retryAfter, sparkError";
  private static final Set<String> FIELDS = Set.of("fault", "millis", "errorClass", "sqlState", "message", "rpc",
      "afterResponses", "times", "always", "betweenResponses");

  private FaultJson() {}

  /** The fault {@code json} describes; {@link IllegalArgumentException} saying what is wrong otherwise. */
  static Fault parse(String json) {
    JsonObject object = JsonBodies.object(json, "{\"fault\": \"unavailable\"}", FIELDS);
    String kind = JsonBodies.text(object, "fault", null);
    if (kind == null) {
      throw new IllegalArgumentException("\"fault\" is missing; it is one of " + KINDS);
    }
    Fault fault = switch (kind) {
      case "delay", "retryAfter" -> FaultExpression.named(kind, String.valueOf(number(object, "millis", -1, kind)));
      case "sparkError" -> Fault.sparkError(JsonBodies.required(object, "errorClass"),
          JsonBodies.text(object, "sqlState", "XX000"),
          JsonBodies.text(object, "message", "injected by the mock server's admin API"));
      default -> {
        if (!Set.of(KINDS.split(", ")).contains(kind)) {
          throw new IllegalArgumentException("\"fault\" is \"" + kind + "\"; it is one of " + KINDS);
        }
        yield FaultExpression.named(kind, null);
      }
    };
    fault = fault.onRpc(JsonBodies.text(object, "rpc", "ExecutePlan"))
        .afterResponses(number(object, "afterResponses", 0, null));
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

  /** A whole number that fits an {@code int}, as the fault's counts and milliseconds are. */
  private static int number(JsonObject object, String field, int fallback, String neededBy) {
    long value = JsonBodies.number(object, field, fallback, neededBy);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("\"" + field + "\" is " + value + "; it is at most " + Integer.MAX_VALUE);
    }
    return (int) value;
  }
}
