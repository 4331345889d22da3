package dev.sparkconnect.client.streaming;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.UUID;

/**
 * What one micro-batch of a streaming query did, as Apache Spark's
 * {@code StreamingQueryProgress}: read from the JSON the server reports, with every field typed.
 *
 * <pre>{@code
 * StreamingQueryProgress last = query.lastProgress();
 * long rows = last.numInputRows();
 * String watermark = last.eventTime().get("watermark");
 * long stateRows = last.stateOperators()[0].numRowsTotal();
 * }</pre>
 */
public final class StreamingQueryProgress {

  private final JsonObject json;

  private StreamingQueryProgress(JsonObject json) {
    this.json = json;
  }

  /** The progress in the JSON a Spark server writes; a text that is not a JSON object fails saying so. */
  public static StreamingQueryProgress fromJson(String json) {
    return new StreamingQueryProgress(ProgressJson.parse(json));
  }

  /** The query's id, the same across restarts from its checkpoint. */
  public UUID id() {
    return UUID.fromString(ProgressJson.text(json, "id"));
  }

  /** The id of this run of the query, new at every start. */
  public UUID runId() {
    return UUID.fromString(ProgressJson.text(json, "runId"));
  }

  /** The query's name, or null when it has none. */
  public String name() {
    return ProgressJson.text(json, "name");
  }

  /** When the micro-batch started, in ISO-8601 ({@code 2026-12-02T15:00:00.000Z}). */
  public String timestamp() {
    return ProgressJson.text(json, "timestamp");
  }

  /** The micro-batch's number, from 0. */
  public long batchId() {
    return ProgressJson.number(json, "batchId", -1);
  }

  /** How long the micro-batch took, in milliseconds. */
  public long batchDuration() {
    return ProgressJson.number(json, "batchDuration", 0);
  }

  /** The time taken by each phase ({@code addBatch}, {@code triggerExecution}, ...), in milliseconds. */
  public Map<String, Long> durationMs() {
    return ProgressJson.longs(json, "durationMs");
  }

  /** The event times of the batch's rows ({@code min}, {@code max}, {@code avg}) and the {@code watermark}, in ISO-8601. */
  public Map<String, String> eventTime() {
    return ProgressJson.texts(json, "eventTime");
  }

  /** The rows the micro-batch read, over all sources. */
  public long numInputRows() {
    JsonElement total = json.get("numInputRows");
    if (total != null && !total.isJsonNull()) {
      return total.getAsLong();
    }
    long rows = 0;
    for (SourceProgress source : sources()) {
      rows += source.numInputRows();
    }
    return rows;
  }

  /** Rows per second arriving, over all sources; NaN when Spark did not say. */
  public double inputRowsPerSecond() {
    return ProgressJson.rate(json, "inputRowsPerSecond");
  }

  /** Rows per second processed, over all sources; NaN when Spark did not say. */
  public double processedRowsPerSecond() {
    return ProgressJson.rate(json, "processedRowsPerSecond");
  }

  /** The query's stateful operators, in plan order. */
  public StateOperatorProgress[] stateOperators() {
    JsonArray operators = array("stateOperators");
    StateOperatorProgress[] progress = new StateOperatorProgress[operators.size()];
    for (int i = 0; i < progress.length; i++) {
      progress[i] = new StateOperatorProgress(operators.get(i).getAsJsonObject());
    }
    return progress;
  }

  /** The query's sources, in plan order. */
  public SourceProgress[] sources() {
    JsonArray sources = array("sources");
    SourceProgress[] progress = new SourceProgress[sources.size()];
    for (int i = 0; i < progress.length; i++) {
      progress[i] = new SourceProgress(sources.get(i).getAsJsonObject());
    }
    return progress;
  }

  /** The query's sink. */
  public SinkProgress sink() {
    JsonElement sink = json.get("sink");
    return new SinkProgress(sink != null && sink.isJsonObject() ? sink.getAsJsonObject() : new JsonObject());
  }

  /** This progress as JSON, in Spark's field names. */
  public String json() {
    return ProgressJson.compact(json);
  }

  /** This progress as indented JSON. */
  public String prettyJson() {
    return ProgressJson.pretty(json);
  }

  private JsonArray array(String field) {
    JsonElement value = json.get(field);
    return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
  }

  @Override
  public String toString() {
    return prettyJson();
  }
}
