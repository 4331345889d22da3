/**
 * Structured Streaming over Spark Connect, named and shaped as Apache Spark's
 * {@code org.apache.spark.sql.streaming}: a query started with
 * {@link dev.sparkconnect.client.DataStreamWriter#start()} runs on the server and is watched and
 * stopped through {@link dev.sparkconnect.client.streaming.StreamingQuery}; every query of a
 * session through {@link dev.sparkconnect.client.streaming.StreamingQueryManager}
 * ({@code spark.streams()}). Progress comes back as typed values
 * ({@link dev.sparkconnect.client.streaming.StreamingQueryProgress}), not only as JSON.
 *
 * <pre>{@code
 * StreamingQuery query = spark.readStream().format("rate").option("rowsPerSecond", 10).load()
 *     .writeStream().format("memory").queryName("ticks").outputMode(OutputMode.Append()).start();
 * query.processAllAvailable();
 * long seen = spark.table("ticks").count();
 * query.stop();
 * }</pre>
 */
package dev.sparkconnect.client.streaming;
