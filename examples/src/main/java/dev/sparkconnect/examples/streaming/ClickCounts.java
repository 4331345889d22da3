package dev.sparkconnect.examples.streaming;

import static dev.sparkconnect.client.functions.col;
import static dev.sparkconnect.client.functions.window;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.streaming.OutputMode;
import dev.sparkconnect.client.streaming.StreamingQuery;
import dev.sparkconnect.client.streaming.Trigger;

/**
 * A small streaming job: clicks arrive, five per micro-batch, one second apart, and the job counts
 * them per page and per two-second window into the memory sink {@code click_counts}, processing
 * what is there and stopping ({@code AvailableNow}). The clicks come from Spark's
 * {@code rate-micro-batch} source, whose rows and timestamps depend on nothing but its options, so
 * every run (and every recording of one) gives the same answers.
 * {@code ClickCountsTest} tests it with {@code @SparkConnectTest}.
 */
public final class ClickCounts {

  /** The memory sink's table, named by the query. */
  public static final String SINK = "click_counts";

  private final SparkSession spark;

  /** The job, on {@code spark}. */
  public ClickCounts(SparkSession spark) {
    this.spark = spark;
  }

  /** The clicks: {@code value} (the click's number), {@code timestamp}, and the {@code page} clicked. */
  public DataFrame clicks() {
    return spark.readStream().format("rate-micro-batch")
        .option("rowsPerBatch", 5)
        .option("startTimestamp", 1_767_225_600_000L) // 2026-01-01T00:00:00Z
        .option("advanceMillisPerBatch", 1_000)
        .load()
        .withColumn("page", col("value").mod(3));
  }

  /** Starts the count; it ends by itself once it has processed the clicks there are. */
  public StreamingQuery start() {
    DataFrame counts = clicks().groupBy(col("page"), window(col("timestamp"), "2 seconds")).count();
    return counts.writeStream().format("memory").queryName(SINK).outputMode(OutputMode.Complete())
        .trigger(Trigger.AvailableNow()).start();
  }

  /** The counts the last run wrote, by page and window. */
  public DataFrame counts() {
    return spark.sql("SELECT page, CAST(window.start AS STRING) AS window_start, count FROM " + SINK
        + " ORDER BY page, window_start");
  }
}
