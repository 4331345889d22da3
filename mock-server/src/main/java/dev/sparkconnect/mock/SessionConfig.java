package dev.sparkconnect.mock;

import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.KeyValue;
import dev.sparkconnect.protocol.errors.ErrorConditions;
import io.grpc.StatusRuntimeException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * A session's runtime configuration, answering the {@code Config} RPC the way Spark does: set and
 * unset stick for the session, reads fall back to Spark's defaults for the common keys, and a key
 * that is neither set nor known fails with {@code SQL_CONF_NOT_FOUND}.
 */
final class SessionConfig {

  /** Spark 4.x defaults of the keys clients read most. */
  static Map<String, String> sparkDefaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("spark.sql.session.timeZone", TimeZone.getDefault().getID());
    defaults.put("spark.sql.ansi.enabled", "true");
    defaults.put("spark.sql.shuffle.partitions", "200");
    defaults.put("spark.sql.execution.arrow.maxRecordsPerBatch", "10000");
    defaults.put("spark.sql.session.localRelationCacheThreshold", "67108864");
    defaults.put("spark.sql.caseSensitive", "false");
    defaults.put("spark.sql.legacy.timeParserPolicy", "CORRECTED");
    defaults.put("spark.sql.pyspark.inferNestedDictAsStruct.enabled", "false");
    defaults.put("spark.sql.timestampType", "TIMESTAMP_LTZ");
    defaults.put("spark.app.name", "Spark Connect mock server");
    return defaults;
  }

  private final Map<String, String> defaults;
  private final Map<String, String> values = new TreeMap<>();

  SessionConfig(Map<String, String> defaults) {
    this.defaults = Map.copyOf(defaults);
  }

  synchronized Map<String, String> all(String prefix) {
    Map<String, String> all = new TreeMap<>();
    defaults.forEach((key, value) -> {
      if (key.startsWith(prefix)) {
        all.put(key, value);
      }
    });
    values.forEach((key, value) -> {
      if (key.startsWith(prefix)) {
        all.put(key, value);
      }
    });
    return all;
  }

  synchronized void replaceAll(Map<String, String> settings) {
    values.clear();
    values.putAll(settings);
  }

  synchronized ConfigResponse.Builder answer(ConfigRequest.Operation operation) {
    ConfigResponse.Builder response = ConfigResponse.newBuilder();
    switch (operation.getOpTypeCase()) {
      case SET -> operation.getSet().getPairsList().forEach(pair -> {
        if (pair.hasValue()) {
          values.put(pair.getKey(), pair.getValue());
        } else {
          values.remove(pair.getKey());
        }
      });
      case GET -> operation.getGet().getKeysList().forEach(key -> {
        String value = lookup(key);
        if (value == null) {
          throw notFound(key);
        }
        response.addPairs(KeyValue.newBuilder().setKey(key).setValue(value));
      });
      case GET_WITH_DEFAULT -> operation.getGetWithDefault().getPairsList().forEach(pair -> {
        String value = lookup(pair.getKey());
        KeyValue.Builder answer = KeyValue.newBuilder().setKey(pair.getKey());
        if (value != null) {
          answer.setValue(value);
        } else if (pair.hasValue()) {
          answer.setValue(pair.getValue());
        }
        response.addPairs(answer);
      });
      case GET_OPTION -> operation.getGetOption().getKeysList().forEach(key -> {
        KeyValue.Builder answer = KeyValue.newBuilder().setKey(key);
        String value = lookup(key);
        if (value != null) {
          answer.setValue(value);
        }
        response.addPairs(answer);
      });
      case GET_ALL -> all(operation.getGetAll().getPrefix()).forEach((key, value) ->
          response.addPairs(KeyValue.newBuilder().setKey(key).setValue(value)));
      case UNSET -> operation.getUnset().getKeysList().forEach(values::remove);
      case IS_MODIFIABLE -> operation.getIsModifiable().getKeysList().forEach(key ->
          response.addPairs(KeyValue.newBuilder().setKey(key).setValue(String.valueOf(key.startsWith("spark.sql.")))));
      default -> throw SparkErrors.exception(SparkErrors.status("org.apache.spark.sql.connect.common.InvalidPlanInput",
          "INTERNAL_ERROR", "XX000", "Config request without an operation", Map.of()));
    }
    return response;
  }

  private String lookup(String key) {
    return values.containsKey(key) ? values.get(key) : defaults.get(key);
  }

  private static StatusRuntimeException notFound(String key) {
    return SparkErrors.exception(SparkErrors.status(ErrorConditions.NO_SUCH_ELEMENT_EXCEPTION, "SQL_CONF_NOT_FOUND",
        "42K0I", "The SQL config \"" + key + "\" cannot be found. Please verify that the config exists.",
        Map.of("sqlConf", "\"" + key + "\"")));
  }
}
