package dev.sparkconnect.client.streaming;

import com.google.gson.JsonObject;
import java.util.Map;

/**
 * What one source of a streaming query read in a micro-batch, as Apache Spark's
 * {@code SourceProgress}: its offsets (as the source writes them, in JSON), its rows and rates.
 */
public final class SourceProgress {

  private final JsonObject json;

  SourceProgress(JsonObject json) {
    this.json = json;
  }

  /** The source, as Spark describes it ({@code RateStreamV2[rowsPerSecond=10, ...]}). */
  public String description() {
    return ProgressJson.text(json, "description");
  }

  /** Where the batch started reading, in the source's own JSON; null for the first batch. */
  public String startOffset() {
    return ProgressJson.text(json, "startOffset");
  }

  /** Where the batch stopped reading, in the source's own JSON. */
  public String endOffset() {
    return ProgressJson.text(json, "endOffset");
  }

  /** The newest offset the source had when the batch was planned, in its own JSON. */
  public String latestOffset() {
    return ProgressJson.text(json, "latestOffset");
  }

  /** The rows the batch read from this source. */
  public long numInputRows() {
    return ProgressJson.number(json, "numInputRows", 0);
  }

  /** Rows per second arriving at this source; NaN when Spark did not say. */
  public double inputRowsPerSecond() {
    return ProgressJson.rate(json, "inputRowsPerSecond");
  }

  /** Rows per second processed from this source; NaN when Spark did not say. */
  public double processedRowsPerSecond() {
    return ProgressJson.rate(json, "processedRowsPerSecond");
  }

  /** The source's own metrics. */
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
