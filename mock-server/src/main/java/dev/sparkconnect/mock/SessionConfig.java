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
 * that is neither set nor known fails with {@code SQL_CONF_NOT_FOUND}. Static SQL settings are
 * not modifiable and refuse a Set, and so do Spark's core settings (approximated here as the
 * {@code spark.executor.*} and {@code spark.driver.*} keys); a session time zone that does not
 * exist is refused; a Set stops at its first refused pair, the pairs before it applied, unless it
 * is silent, when each refusal becomes a warning; GetAll with a prefix answers the keys without it.
 */
final class SessionConfig {

  /** Spark's static SQL settings: fixed when the server starts, refused by a session's Set. */
  static final java.util.Set<String> STATIC_KEYS = java.util.Set.of(
      "spark.sql.warehouse.dir", "spark.sql.catalogImplementation", "spark.sql.globalTempDatabase",
      "spark.sql.extensions", "spark.sql.queryExecutionListeners", "spark.sql.streaming.streamingQueryListeners",
      "spark.sql.sources.schemaStringLengthThreshold", "spark.sql.filesourceTableRelationCacheSize",
      "spark.sql.codegen.cache.maxEntries", "spark.sql.codegen.comments", "spark.sql.debug",
      "spark.sql.hive.thriftServer.singleSession", "spark.sql.ui.retainedExecutions",
      "spark.sql.streaming.ui.enabled", "spark.sql.streaming.ui.retainedProgressUpdates",
      "spark.sql.streaming.ui.retainedQueries", "spark.sql.broadcastExchange.maxThreadThreshold",
      "spark.sql.subquery.maxThreadThreshold", "spark.sql.event.truncate.length",
      "spark.sql.legacy.sessionInitWithConfigDefaults", "spark.sql.defaultUrlStreamHandlerFactory.enabled",
      "spark.sql.sources.disabledJdbcConnProviderList", "spark.sql.cache.serializer",
      "spark.sql.metadataCacheTTLSeconds", "spark.sql.hive.metastore.version", "spark.sql.hive.metastore.jars");
  private static final String TIME_ZONE = "spark.sql.session.timeZone";

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
    defaults.put("spark.sql.warehouse.dir", java.nio.file.Path.of(System.getProperty("user.dir"), "spark-warehouse")
        .toUri().toString());
    defaults.put("spark.sql.catalogImplementation", "in-memory");
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
          try {
            checkSettable(pair.getKey(), pair.getValue());
          } catch (StatusRuntimeException refused) {
            // A silent Set (PySpark's builder options) turns a refusal into a warning and goes on.
            if (!operation.getSet().getSilent()) {
              throw refused;
            }
            response.addWarnings(String.valueOf(refused.getStatus().getDescription()));
            return;
          }
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
      case GET_ALL -> {
        String prefix = operation.getGetAll().getPrefix();
        all(prefix).forEach((key, value) ->
            response.addPairs(KeyValue.newBuilder().setKey(key.substring(prefix.length())).setValue(value)));
      }
      case UNSET -> operation.getUnset().getKeysList().forEach(values::remove);
      case IS_MODIFIABLE -> operation.getIsModifiable().getKeysList().forEach(key ->
          response.addPairs(KeyValue.newBuilder().setKey(key).setValue(String.valueOf(isModifiable(key)))));
      default -> throw SparkErrors.exception(SparkErrors.status("org.apache.spark.sql.connect.common.InvalidPlanInput",
          "INTERNAL_ERROR", "XX000", "Config request without an operation", Map.of()));
    }
    return response;
  }

  /** Whether a session may change {@code key}: Spark's runtime SQL settings, not its static ones. */
  static boolean isModifiable(String key) {
    return key.startsWith("spark.sql.") && !STATIC_KEYS.contains(key);
  }

  private static void checkSettable(String key, String value) {
    if (key.startsWith("spark.executor.") || key.startsWith("spark.driver.")) {
      throw SparkErrors.exception(SparkErrors.status(ErrorConditions.ANALYSIS_EXCEPTION, "CANNOT_MODIFY_CONFIG",
          "46110", "Cannot modify the value of the Spark config: \"" + key + "\".", Map.of("key", "\"" + key + "\"",
              "docroot", "https://spark.apache.org/docs/latest")));
    }
    if (STATIC_KEYS.contains(key)) {
      throw SparkErrors.exception(SparkErrors.status(ErrorConditions.ANALYSIS_EXCEPTION, "CANNOT_MODIFY_STATIC_CONFIG",
          "46110",
          "Cannot modify the value of the static Spark config: \"" + key + "\".", Map.of("key", "\"" + key + "\"")));
    }
    if (key.equals(TIME_ZONE)) {
      try {
        java.time.ZoneId.of(value, java.time.ZoneId.SHORT_IDS);
      } catch (java.time.DateTimeException e) {
        throw SparkErrors.exception(SparkErrors.status(ErrorConditions.ILLEGAL_ARGUMENT_EXCEPTION,
            "INVALID_CONF_VALUE.TIME_ZONE", "22022",
            "The value '" + value + "' in the config \"" + key + "\" is invalid. Cannot resolve the given timezone.",
            Map.of("confValue", value, "confName", key)));
      }
    }
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
