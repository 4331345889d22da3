package dev.sparkconnect.client.streaming;

import com.google.gson.JsonObject;
import java.util.Map;

/** What the sink of a streaming query wrote in a micro-batch, as Apache Spark's {@code SinkProgress}. */
public final class SinkProgress {

  private final JsonObject json;

  SinkProgress(JsonObject json) {
    this.json = json;
  }

  /** What {@link #numOutputRows()} says when the sink does not count its rows: -1. */
  public static long DEFAULT_NUM_OUTPUT_ROWS() {
    return -1;
  }

  /** The sink, as Spark describes it ({@code MemorySink}). */
  public String description() {
    return ProgressJson.text(json, "description");
  }

  /** The rows written, or -1 when the sink does not count them. */
  public long numOutputRows() {
    return ProgressJson.number(json, "numOutputRows", DEFAULT_NUM_OUTPUT_ROWS());
  }

  /** The sink's own metrics. */
  public Map<String, String> metrics() {
    return ProgressJson.texts(json, "metrics");
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
