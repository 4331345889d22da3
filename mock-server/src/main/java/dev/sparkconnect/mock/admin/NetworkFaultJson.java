package dev.sparkconnect.mock.admin;

import com.google.gson.JsonObject;
import dev.sparkconnect.mock.network.NetworkFault;
import java.time.Duration;
import java.util.Set;

/**
 * A {@link NetworkFault} as the admin API takes it, in {@code POST /network}:
 *
 * <pre>
 * {"fault": "latency", "millis": 80, "jitterMillis": 20, "probability": 0.5}
 * {"fault": "bandwidth", "bytesPerSecond": 65536}
 * {"fault": "slicer", "averageBytes": 7, "variationBytes": 5, "delayMillis": 0}
 * {"fault": "reset", "direction": "downstream", "afterBytes": 40000, "times": 1}
 * {"fault": "blackHole"}
 * {"fault": "corrupt", "afterBytes": 4}
 * </pre>
 *
 * <p>{@code direction} is {@code downstream} (server to client, the default) or {@code upstream};
 * {@code afterBytes} (0), {@code probability} (1) and {@code times} (every connection) place it
 * as {@link NetworkFault}'s modifiers do. Anything else is refused naming what to fix.
 */
final class NetworkFaultJson {

  static final String KINDS = "latency, bandwidth, slicer, blackHole, reset, corrupt";
  private static final Set<String> FIELDS = Set.of("fault", "millis", "jitterMillis", "bytesPerSecond",
      "averageBytes", "variationBytes", "delayMillis", "direction", "afterBytes", "probability", "times");

  private NetworkFaultJson() {}

  /** The network fault {@code json} describes; {@link IllegalArgumentException} saying what is wrong otherwise. */
  static NetworkFault parse(String json) {
    JsonObject object = JsonBodies.object(json, "{\"fault\": \"latency\", \"millis\": 50}", FIELDS);
    if (!object.has("fault")) {
      throw new IllegalArgumentException("\"fault\" is missing; it is one of " + KINDS);
    }
    String kind = JsonBodies.required(object, "fault");
    NetworkFault fault = switch (kind) {
      case "latency" -> NetworkFault.latency(Duration.ofMillis(number(object, "millis", -1, kind)),
          Duration.ofMillis(number(object, "jitterMillis", 0, kind)));
      case "bandwidth" -> NetworkFault.bandwidth(number(object, "bytesPerSecond", -1, kind));
      case "slicer" -> NetworkFault.slicer((int) number(object, "averageBytes", -1, kind),
          (int) number(object, "variationBytes", 0, kind), Duration.ofMillis(number(object, "delayMillis", 0, kind)));
      case "blackHole" -> NetworkFault.blackHole();
      case "reset" -> NetworkFault.reset();
      case "corrupt" -> NetworkFault.corrupt();
      default -> throw new IllegalArgumentException("\"fault\" is \"" + kind + "\"; it is one of " + KINDS);
    };
    String direction = JsonBodies.text(object, "direction", "downstream");
    fault = switch (direction) {
      case "downstream" -> fault;
      case "upstream" -> fault.upstream();
      default -> throw new IllegalArgumentException("\"direction\" is downstream (server to client) or upstream, not \""
          + direction + "\"");
    };
    fault = fault.afterBytes(number(object, "afterBytes", 0, null));
    if (object.has("probability")) {
      fault = fault.probability(object.get("probability").getAsDouble());
    }
    if (object.has("times")) {
      fault = fault.times((int) number(object, "times", 1, null));
    }
    return fault;
  }

  private static long number(JsonObject object, String field, long fallback, String neededBy) {
    return JsonBodies.number(object, field, fallback, neededBy);
  }
}
