package dev.sparkconnect.client.streaming;

import java.util.Objects;

/**
 * What a streaming query is doing now, as Apache Spark's {@code StreamingQueryStatus}: a message
 * ({@code "Waiting for data to arrive"}, {@code "Processing new data"}), whether data is waiting,
 * and whether a trigger is running.
 */
public final class StreamingQueryStatus {

  private final String message;
  private final boolean dataAvailable;
  private final boolean triggerActive;

  /** A status as the server reported it. */
  public StreamingQueryStatus(String message, boolean dataAvailable, boolean triggerActive) {
    this.message = Objects.requireNonNull(message, "message");
    this.dataAvailable = dataAvailable;
    this.triggerActive = triggerActive;
  }

  /** What the query is doing, in words. */
  public String message() {
    return message;
  }

  /** Whether the query's sources have data it has not processed. */
  public boolean isDataAvailable() {
    return dataAvailable;
  }

  /** Whether a trigger (a micro-batch) is running. */
  public boolean isTriggerActive() {
    return triggerActive;
  }

  /** The status as JSON, in Spark's field names. */
  public String json() {
    return "{\"message\":" + ProgressJson.quote(message) + ",\"isDataAvailable\":" + dataAvailable
        + ",\"isTriggerActive\":" + triggerActive + "}";
  }

  /** The status as indented JSON. */
  public String prettyJson() {
    return "{\n  \"message\" : " + ProgressJson.quote(message) + ",\n  \"isDataAvailable\" : " + dataAvailable
        + ",\n  \"isTriggerActive\" : " + triggerActive + "\n}";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StreamingQueryStatus that && message.equals(that.message)
        && dataAvailable == that.dataAvailable && triggerActive == that.triggerActive;
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, dataAvailable, triggerActive);
  }

  @Override
  public String toString() {
    return prettyJson();
  }
}
