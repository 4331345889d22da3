package dev.sparkconnect.client;

import dev.sparkconnect.proto.ConfigRequest;
import dev.sparkconnect.proto.ConfigResponse;
import dev.sparkconnect.proto.KeyValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The session's Spark configuration on the server, as Apache Spark's {@code spark.conf()}.
 *
 * <pre>{@code
 * spark.conf().set("spark.sql.shuffle.partitions", 8);
 * String zone = spark.conf().get("spark.sql.session.timeZone");
 * }</pre>
 */
public final class RuntimeConfig {

  private final SparkSession session;

  RuntimeConfig(SparkSession session) {
    this.session = session;
  }

  /** Sets {@code key} for this session. */
  public void set(String key, String value) {
    Objects.requireNonNull(value, "value");
    session.client().config(ConfigRequest.Operation.newBuilder().setSet(ConfigRequest.Set.newBuilder()
        .addPairs(KeyValue.newBuilder().setKey(key).setValue(value))).build());
  }

  /** Sets {@code key} for this session. */
  public void set(String key, boolean value) {
    set(key, Boolean.toString(value));
  }

  /** Sets {@code key} for this session. */
  public void set(String key, long value) {
    set(key, Long.toString(value));
  }

  /**
   * The value of {@code key}: the session's, or Spark's default.
   *
   * @throws NoSuchElementException if the key has neither
   */
  public String get(String key) {
    return getOption(key).orElseThrow(() -> new NoSuchElementException("The configuration key '" + key
        + "' is not set and has no default"));
  }

  /** The value of {@code key}, or {@code defaultValue} if it is not set. */
  public String get(String key, String defaultValue) {
    ConfigResponse response = session.client().config(ConfigRequest.Operation.newBuilder()
        .setGetWithDefault(ConfigRequest.GetWithDefault.newBuilder()
            .addPairs(KeyValue.newBuilder().setKey(key).setValue(defaultValue))).build());
    return response.getPairs(0).getValue();
  }

  /** The value of {@code key}, if set or defaulted; an {@code Optional} where Spark returns a Scala {@code Option}. */
  public Optional<String> getOption(String key) {
    ConfigResponse response = session.client().config(ConfigRequest.Operation.newBuilder()
        .setGetOption(ConfigRequest.GetOption.newBuilder().addKeys(key)).build());
    KeyValue pair = response.getPairs(0);
    return pair.hasValue() ? Optional.of(pair.getValue()) : Optional.empty();
  }

  /** Whether {@code key} has a value in this session, set or defaulted. */
  public boolean contains(String key) {
    return getOption(key).isPresent();
  }

  /** Every explicitly set configuration value of the session, by key; a Java {@code Map} where Spark returns a Scala one. */
  public Map<String, String> getAll() {
    ConfigResponse response = session.client().config(ConfigRequest.Operation.newBuilder()
        .setGetAll(ConfigRequest.GetAll.getDefaultInstance()).build());
    Map<String, String> all = new LinkedHashMap<>();
    for (KeyValue pair : response.getPairsList()) {
      all.put(pair.getKey(), pair.getValue());
    }
    return all;
  }

  /** Resets {@code key} to its default for this session. */
  public void unset(String key) {
    session.client().config(ConfigRequest.Operation.newBuilder()
        .setUnset(ConfigRequest.Unset.newBuilder().addKeys(key)).build());
  }

  /** Whether {@code key} can be changed in a running session (static settings cannot). */
  public boolean isModifiable(String key) {
    ConfigResponse response = session.client().config(ConfigRequest.Operation.newBuilder()
        .setIsModifiable(ConfigRequest.IsModifiable.newBuilder().addKeys(key)).build());
    return Boolean.parseBoolean(response.getPairs(0).getValue());
  }
}
