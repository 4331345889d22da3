package dev.sparkconnect.mock.conformance;

import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.KeyValue;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Config: each operation, runtime against static settings, and settings reaching the session's queries. */
final class ConfigCases {

  private static final String AREA = "config";
  private static final String PARTITIONS = "spark.sql.shuffle.partitions";
  private static final String WAREHOUSE = "spark.sql.warehouse.dir";

  private ConfigCases() {}

  static List<ConformanceCase> all() {
    return List.of(
        ConformanceCase.of(AREA, "set-then-get", "a Set answers no pair, and a Get then answers the value set",
            session -> {
          ConfigResponse set = session.set("spark.sql.session.timeZone", "UTC");
          Expect.equal(0, set.getPairsCount(), "the pairs a Set answers");
          Expect.equal("UTC", session.get("spark.sql.session.timeZone"), "the value after the Set");
        }),
        ConformanceCase.of(AREA, "get-with-default", "GetWithDefault answers the given default for a key never set",
            session -> {
          ConfigResponse response = session.config(ConfigRequest.Operation.newBuilder().setGetWithDefault(
              ConfigRequest.GetWithDefault.newBuilder().addPairs(KeyValue.newBuilder()
                  .setKey("spark.conformance.never.set").setValue("fallback"))));
          Expect.equal(List.of(pair("spark.conformance.never.set", "fallback")), response.getPairsList(), "the pairs");
        }),
        ConformanceCase.of(AREA, "get-option-of-missing-key", "GetOption answers a key never set with a pair that has "
            + "no value", session -> {
          ConfigResponse response = session.config(ConfigRequest.Operation.newBuilder().setGetOption(
              ConfigRequest.GetOption.newBuilder().addKeys("spark.conformance.never.set")));
          Expect.equal(1, response.getPairsCount(), "the pairs");
          Expect.equal("spark.conformance.never.set", response.getPairs(0).getKey(), "the key");
          Expect.that(!response.getPairs(0).hasValue(), "the pair has no value, not '" + response.getPairs(0).getValue()
              + "'");
        }),
        ConformanceCase.of(AREA, "get-all-with-prefix", "GetAll with a prefix answers exactly the keys under it, the "
            + "prefix taken off", session -> {
          session.config(ConfigRequest.Operation.newBuilder().setSet(ConfigRequest.Set.newBuilder()
              .addPairs(pair("spark.conformance.prefix.a", "1")).addPairs(pair("spark.conformance.prefix.b", "2"))));
          ConfigResponse response = session.config(ConfigRequest.Operation.newBuilder().setGetAll(
              ConfigRequest.GetAll.newBuilder().setPrefix("spark.conformance.prefix.")));
          Map<String, String> pairs = new TreeMap<>();
          response.getPairsList().forEach(pair -> pairs.put(pair.getKey(), pair.getValue()));
          Expect.equal(Map.of("a", "1", "b", "2"), pairs, "the pairs under the prefix");
        }),
        ConformanceCase.of(AREA, "unset-restores-default", "after an Unset, a Get answers the default again",
            session -> {
          String before = session.get(PARTITIONS);
          session.set(PARTITIONS, "7");
          Expect.equal("7", session.get(PARTITIONS), "the value after the Set");
          ConfigResponse unset = session.config(ConfigRequest.Operation.newBuilder().setUnset(
              ConfigRequest.Unset.newBuilder().addKeys(PARTITIONS)));
          Expect.equal(0, unset.getPairsCount(), "the pairs an Unset answers");
          Expect.equal(before, session.get(PARTITIONS), "the value after the Unset");
        }),
        ConformanceCase.of(AREA, "is-modifiable", "a runtime SQL setting is modifiable, and a static one or a core "
            + "one is not", session -> {
          ConfigResponse response = session.config(ConfigRequest.Operation.newBuilder().setIsModifiable(
              ConfigRequest.IsModifiable.newBuilder().addKeys(PARTITIONS).addKeys(WAREHOUSE)
                  .addKeys("spark.executor.memory")));
          Expect.equal(List.of(pair(PARTITIONS, "true"), pair(WAREHOUSE, "false"), pair("spark.executor.memory", "false")),
              response.getPairsList(), "the pairs");
        }),
        ConformanceCase.of(AREA, "static-setting-refused", "setting a static setting fails with "
            + "CANNOT_MODIFY_STATIC_CONFIG (CANNOT_MODIFY_CONFIG before Spark 4.1) and leaves it unchanged", session -> {
          String before = session.get(WAREHOUSE);
          WireError refused = session.failure(() -> session.set(WAREHOUSE, "/tmp/elsewhere"), "a Set of " + WAREHOUSE);
          if (session.atLeast("4.0.0")) {
            refused.expectCondition(session.atLeast("4.1.0") ? "CANNOT_MODIFY_STATIC_CONFIG" : "CANNOT_MODIFY_CONFIG")
                .expectSqlState("46110");
          } else {
            Expect.contains(refused.message(), "static config", "the refusal's message (Spark 3.5 names no condition)");
          }
          Expect.equal(before, session.get(WAREHOUSE), "the static setting after the refused Set");
        }),
        ConformanceCase.of(AREA, "get-of-missing-key-fails", "a Get of a key never set, with no default, fails with "
            + "SQL_CONF_NOT_FOUND", session ->
            session.failure(() -> session.get("spark.conformance.never.set"), "a Get of a key never set")
                .expectCondition("SQL_CONF_NOT_FOUND").expectSqlState("42K0I")),
        ConformanceCase.of(AREA, "core-setting-refused", "setting one of Spark's core settings in a session fails "
            + "with CANNOT_MODIFY_CONFIG", session ->
            session.failure(() -> session.set("spark.executor.memory", "2g"), "a Set of spark.executor.memory")
                .expectCondition("CANNOT_MODIFY_CONFIG").expectSqlState("46110")),
        ConformanceCase.of(AREA, "invalid-value-refused", "a time zone that does not exist is refused with "
            + "INVALID_CONF_VALUE.TIME_ZONE and the setting keeps its value", session -> {
          session.set("spark.sql.session.timeZone", "UTC");
          WireError refused = session.failure(() -> session.set("spark.sql.session.timeZone", "Nowhere/Atlantis"),
              "a Set of an unknown time zone");
          if (session.atLeast("4.0.0")) {
            refused.expectCondition("INVALID_CONF_VALUE.TIME_ZONE").expectSqlState("22022");
          } else {
            Expect.contains(refused.message(), "Nowhere/Atlantis", "the refusal's message (Spark 3.5 names no condition)");
          }
          Expect.equal("UTC", session.get("spark.sql.session.timeZone"), "the time zone after the refused Set");
        }),
        ConformanceCase.of(AREA, "setting-reaches-queries", "the session's time zone is the one its queries see",
            session -> {
          session.set("spark.sql.session.timeZone", "Asia/Tokyo");
          Expect.equal(List.of("Asia/Tokyo"), session.sql("SELECT current_timezone() AS zone_for_conformance")
              .expectSuccess().column(), "current_timezone()");
        }));
  }

  private static KeyValue pair(String key, String value) {
    return KeyValue.newBuilder().setKey(key).setValue(value).build();
  }
}
