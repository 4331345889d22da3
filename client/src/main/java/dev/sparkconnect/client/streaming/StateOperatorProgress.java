package dev.sparkconnect.client.streaming;

import com.google.gson.JsonObject;
import java.util.Map;

/**
 * What one stateful operator (an aggregation, a deduplication, a join) kept in its state store
 * after a micro-batch, as Apache Spark's {@code StateOperatorProgress}.
 */
public final class StateOperatorProgress {

  private final JsonObject json;

  StateOperatorProgress(JsonObject json) {
    this.json = json;
  }

  /** The operator ({@code stateStoreSave}, {@code dedupe}, {@code symmetricHashJoin}, ...). */
  public String operatorName() {
    return ProgressJson.text(json, "operatorName");
  }

  /** The rows in the state. */
  public long numRowsTotal() {
    return ProgressJson.number(json, "numRowsTotal", 0);
  }

  /** The rows the batch added or changed in the state. */
  public long numRowsUpdated() {
    return ProgressJson.number(json, "numRowsUpdated", 0);
  }

  /** The rows the batch removed from the state (by watermark or timeout). */
  public long numRowsRemoved() {
    return ProgressJson.number(json, "numRowsRemoved", 0);
  }

  /** The input rows dropped as later than the watermark. */
  public long numRowsDroppedByWatermark() {
    return ProgressJson.number(json, "numRowsDroppedByWatermark", 0);
  }

  /** Milliseconds spent updating the state. */
  public long allUpdatesTimeMs() {
    return ProgressJson.number(json, "allUpdatesTimeMs", 0);
  }

  /** Milliseconds spent removing from the state. */
  public long allRemovalsTimeMs() {
    return ProgressJson.number(json, "allRemovalsTimeMs", 0);
  }

  /** Milliseconds spent committing the state. */
  public long commitTimeMs() {
    return ProgressJson.number(json, "commitTimeMs", 0);
  }

  /** The memory the state uses, in bytes. */
  public long memoryUsedBytes() {
    return ProgressJson.number(json, "memoryUsedBytes", 0);
  }

  /** The shuffle partitions of the state. */
  public long numShufflePartitions() {
    return ProgressJson.number(json, "numShufflePartitions", 0);
  }

  /** The state store instances. */
  public long numStateStoreInstances() {
    return ProgressJson.number(json, "numStateStoreInstances", 0);
  }

  /** The state store's own metrics. */
  public Map<String, Long> customMetrics() {
    return ProgressJson.longs(json, "customMetrics");
  }

  /** This progress as JSON, in Spark's field names. */
  public String json() {
    return ProgressJson.compact(json);
  }

  /** This progress as indented JSON. */
  public String prettyJson() {
    return ProgressJson.pretty(json);
  }

  @Override
  public String toString() {
    return prettyJson();
  }
}
