package dev.sparkconnect.client;

import dev.sparkconnect.client.internal.encoders.Codec;
import dev.sparkconnect.client.internal.encoders.CodecShape;
import dev.sparkconnect.client.internal.streaming.RemoteStreamingQuery;
import dev.sparkconnect.client.internal.udf.ServerFunctions;
import dev.sparkconnect.client.internal.upload.ClassShipping;
import dev.sparkconnect.client.streaming.OutputMode;
import dev.sparkconnect.client.streaming.StreamingQuery;
import dev.sparkconnect.client.streaming.Trigger;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.StreamingForeachFunction;
import dev.sparkconnect.proto.WriteStreamOperationStart;
import dev.sparkconnect.proto.WriteStreamOperationStartResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.VoidFunction2;

/**
 * Starts a streaming query that writes a streaming DataFrame to a sink, as Apache Spark's
 * {@code df.writeStream()}. The query runs on the server until stopped; {@link #start()} returns
 * its {@link StreamingQuery}.
 *
 * <pre>{@code
 * StreamingQuery query = events.withWatermark("time", "10 seconds")
 *     .groupBy(window(col("time"), "5 seconds")).count()
 *     .writeStream().outputMode("update").format("memory").queryName("counts")
 *     .trigger(Trigger.ProcessingTime("1 second"))
 *     .option("checkpointLocation", "/checkpoints/counts")
 *     .start();
 * }</pre>
 */
public final class DataStreamWriter {

  private final DataFrame df;
  private final Codec<?> values;
  private StreamingForeachFunction foreachBatch;
  private StreamingForeachFunction foreachWriter;
  private String format;
  private OutputMode outputMode;
  private Trigger trigger;
  private String queryName;
  private final Map<String, String> options = new LinkedHashMap<>();
  private String[] partitionBy = new String[0];
  private String[] clusterBy = new String[0];

  DataStreamWriter(DataFrame df) {
    this(df, null);
  }

  /** A writer of {@code df}, whose values a function on the server gets as {@code values} gives them (null: rows). */
  DataStreamWriter(DataFrame df, Codec<?> values) {
    this.df = df;
    this.values = values;
  }

  /** The sink: {@code parquet}, {@code json}, {@code csv}, {@code orc}, {@code text}, {@code memory}, {@code console}, {@code kafka}, ... */
  public DataStreamWriter format(String sink) {
    this.format = Objects.requireNonNull(sink, "sink");
    return this;
  }

  /** Which rows reach the sink at each trigger: {@code append} (the default), {@code complete} or {@code update}. */
  public DataStreamWriter outputMode(String outputMode) {
    this.outputMode = OutputMode.of(outputMode);
    return this;
  }

  /** Which rows reach the sink at each trigger. */
  public DataStreamWriter outputMode(OutputMode outputMode) {
    this.outputMode = Objects.requireNonNull(outputMode, "outputMode");
    return this;
  }

  /** When the query runs its micro-batches; by default, each as soon as the last ends. */
  public DataStreamWriter trigger(Trigger trigger) {
    this.trigger = Objects.requireNonNull(trigger, "trigger");
    return this;
  }

  /** The query's name, unique among the active queries; the {@code memory} sink's table is named so. */
  public DataStreamWriter queryName(String queryName) {
    this.queryName = Objects.requireNonNull(queryName, "queryName");
    return this;
  }

  /**
   * An option of the sink, or of the query ({@code checkpointLocation}); names are
   * case-insensitive, so one given again in another case replaces it.
   */
  public DataStreamWriter option(String key, String value) {
    Objects.requireNonNull(key, "key");
    options.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
    options.put(key, Objects.requireNonNull(value, "value"));
    return this;
  }

  /** An option of the sink. */
  public DataStreamWriter option(String key, boolean value) {
    return option(key, Boolean.toString(value));
  }

  /** An option of the sink. */
  public DataStreamWriter option(String key, long value) {
    return option(key, Long.toString(value));
  }

  /** An option of the sink. */
  public DataStreamWriter option(String key, double value) {
    return option(key, Double.toString(value));
  }

  /** Options of the sink. */
  public DataStreamWriter options(Map<String, String> options) {
    options.forEach(this::option);
    return this;
  }

  /** Writes one folder per value of the named columns (file sinks). */
  public DataStreamWriter partitionBy(String... columns) {
    this.partitionBy = columns.clone();
    return this;
  }

  /** Clusters the table written by the named columns, where its format supports clustering. */
  public DataStreamWriter clusterBy(String... columns) {
    this.clusterBy = columns.clone();
    return this;
  }

  /** Starts the query, writing to the sink's own location (set by options). */
  public StreamingQuery start() {
    return run(base());
  }

  /** Starts the query, writing files to {@code path}. */
  public StreamingQuery start(String path) {
    return run(base().setPath(Objects.requireNonNull(path, "path")));
  }

  /** Starts the query, appending to the table {@code tableName} (created if missing). */
  public StreamingQuery toTable(String tableName) {
    return run(base().setTableName(Objects.requireNonNull(tableName, "tableName")));
  }

  /**
   * Hands every micro-batch to {@code function} on the server, with the batch's id, as Spark's
   * {@code foreachBatch}: write each batch to a table, several sinks, or an upsert. The function
   * runs in the server's JVM, so it takes Spark's own {@code org.apache.spark.sql.Dataset}, as
   * existing Spark code does, and needs the optional module {@code spark-connect-lambdas} of the
   * server's Spark version (4.0 and later); the classes it needs are uploaded as for any function
   * on the server.
   *
   * <pre>{@code
   * import org.apache.spark.sql.Dataset;   // Spark's, from spark-sql-api
   * import org.apache.spark.sql.Row;
   *
   * events.writeStream()
   *     .foreachBatch((Dataset<Row> batch, Long batchId) -> batch.write().mode("append").saveAsTable("events"))
   *     .start();
   * }</pre>
   *
   * @throws IllegalArgumentException for a function whose batch is this client's DataFrame or
   *     Dataset, which does not exist on the server
   */
  public <D> DataStreamWriter foreachBatch(VoidFunction2<D, Long> function) {
    Objects.requireNonNull(function, "function");
    String signature = ClassShipping.lambdaSignature(function);
    if (signature != null && signature.startsWith("(Ldev/sparkconnect/client/")) {
      throw new IllegalArgumentException("foreachBatch's function runs on the server, which hands it Spark's own "
          + "org.apache.spark.sql.Dataset, not this client's " + signature.substring(2, signature.indexOf(';'))
          .replace('/', '.') + ": declare the batch as org.apache.spark.sql.Dataset<Row> (spark-sql-api)");
    }
    foreachBatch = ServerFunctions.foreachBatch("DataStreamWriter.foreachBatch", function, values);
    ship(function);
    return this;
  }

  /**
   * Hands every value to {@code writer} on the server, as Spark's {@code foreach}: {@code writer}
   * is a subclass of Spark's {@code org.apache.spark.sql.ForeachWriter} (open, process, close per
   * partition and epoch), so existing writers work unchanged. Needs the optional module
   * {@code spark-connect-lambdas} of the server's Spark version (4.0 and later).
   *
   * @throws IllegalArgumentException if {@code writer} is not a Spark {@code ForeachWriter}
   */
  public DataStreamWriter foreach(java.io.Serializable writer) {
    Objects.requireNonNull(writer, "writer");
    foreachWriter = ServerFunctions.foreachWriter("DataStreamWriter.foreach", writer, values);
    ship(writer);
    return this;
  }

  private void ship(Object function) {
    java.util.Set<Class<?>> valueClasses = values == null ? java.util.Set.of() : CodecShape.classesOf(values);
    df.sparkSession().addArtifacts(ClassShipping.artifactsFor(function, valueClasses));
  }

  /** The command {@link #start()} sends, as it stands. */
  WriteStreamOperationStart.Builder base() {
    WriteStreamOperationStart.Builder start = WriteStreamOperationStart.newBuilder()
        .setInput(df.plan())
        .putAllOptions(options)
        .addAllPartitioningColumnNames(Arrays.asList(partitionBy))
        .addAllClusteringColumnNames(Arrays.asList(clusterBy));
    if (format != null) {
      start.setFormat(format);
    }
    if (outputMode != null) {
      start.setOutputMode(outputMode.name());
    }
    if (queryName != null) {
      start.setQueryName(queryName);
    }
    if (foreachBatch != null) {
      start.setForeachBatch(foreachBatch);
    }
    if (foreachWriter != null) {
      start.setForeachWriter(foreachWriter);
    }
    if (trigger != null) {
      switch (trigger.kind()) {
        case PROCESSING_TIME -> start.setProcessingTimeInterval(trigger.interval());
        case AVAILABLE_NOW -> start.setAvailableNow(true);
        case ONCE -> start.setOnce(true);
        case CONTINUOUS -> start.setContinuousCheckpointInterval(trigger.interval());
        case REAL_TIME -> start.setRealTimeBatchDuration(trigger.interval());
        default -> throw new IllegalStateException("unknown trigger " + trigger);
      }
    }
    return start;
  }

  private StreamingQuery run(WriteStreamOperationStart.Builder start) {
    SparkSession session = df.sparkSession();
    dev.sparkconnect.proto.ExecutePlanResponse response = session.streamingCommands().run(Command.newBuilder()
        .setWriteStreamOperationStart(start).build());
    if (!response.hasWriteStreamOperationStartResult()) {
      throw new IllegalStateException("The server answered the start of a streaming query with "
          + response.getResponseTypeCase() + ", not the query's id");
    }
    WriteStreamOperationStartResult started = response.getWriteStreamOperationStartResult();
    if (started.hasQueryStartedEventJson()) {
      session.streamingQueries().queryStarted(started.getQueryStartedEventJson());
    }
    return new RemoteStreamingQuery(session, session.streamingCommands(), started.getQueryId(), started.getName());
  }
}
