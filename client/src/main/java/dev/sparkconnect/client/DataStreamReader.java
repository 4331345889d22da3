package dev.sparkconnect.client;

import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.Read;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a stream as a streaming DataFrame, as Apache Spark's {@code spark.readStream()}: a source
 * the server reads as data arrives (files in a folder, the {@code rate} source, Kafka where the
 * server has the connector, a table).
 *
 * <pre>{@code
 * DataFrame ticks = spark.readStream().format("rate").option("rowsPerSecond", 100).load();
 * DataFrame orders = spark.readStream().schema("id BIGINT, amount DOUBLE").json("/data/incoming");
 * }</pre>
 *
 * File sources need a schema; paths are the server's.
 */
public final class DataStreamReader {

  private final SparkSession session;
  private String format;
  private String schema;
  private final Map<String, String> options = new LinkedHashMap<>();
  private String sourceName;

  DataStreamReader(SparkSession session) {
    this.session = session;
  }

  /** The source: {@code rate}, {@code rate-micro-batch}, {@code text}, {@code csv}, {@code json}, {@code parquet}, {@code orc}, {@code kafka}, ... */
  public DataStreamReader format(String source) {
    this.format = Objects.requireNonNull(source, "source");
    return this;
  }

  /** The schema to read with (file sources need one). */
  public DataStreamReader schema(StructType schema) {
    this.schema = Objects.requireNonNull(schema, "schema").toDDL();
    return this;
  }

  /** The schema to read with, as a DDL column list: {@code "id BIGINT, amount DOUBLE"}. */
  public DataStreamReader schema(String ddl) {
    this.schema = Objects.requireNonNull(ddl, "ddl");
    return this;
  }

  /** An option of the source; names are case-insensitive, so one given again in another case replaces it. */
  public DataStreamReader option(String key, String value) {
    Objects.requireNonNull(key, "key");
    options.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
    options.put(key, Objects.requireNonNull(value, "value"));
    return this;
  }

  /** An option of the source. */
  public DataStreamReader option(String key, boolean value) {
    return option(key, Boolean.toString(value));
  }

  /** An option of the source. */
  public DataStreamReader option(String key, long value) {
    return option(key, Long.toString(value));
  }

  /** An option of the source. */
  public DataStreamReader option(String key, double value) {
    return option(key, Double.toString(value));
  }

  /** Options of the source. */
  public DataStreamReader options(Map<String, String> options) {
    options.forEach(this::option);
    return this;
  }

  /**
   * Names this source (Spark 4.2), so that its place in the query's checkpoint stays the same when
   * the query's sources change: letters, digits and underscores.
   *
   * @throws IllegalArgumentException for any other name, as Spark's
   *     {@code STREAMING_QUERY_EVOLUTION_ERROR.INVALID_SOURCE_NAME}
   */
  public DataStreamReader name(String sourceName) {
    if (sourceName == null || !sourceName.matches("[a-zA-Z0-9_]+")) {
      throw new IllegalArgumentException("[STREAMING_QUERY_EVOLUTION_ERROR.INVALID_SOURCE_NAME] A source name is "
          + "letters, digits and underscores, not " + (sourceName == null ? "null" : "'" + sourceName + "'"));
    }
    this.sourceName = sourceName;
    return this;
  }

  /**
   * The stream of changes made to table {@code tableName} (change data capture, Spark 4.2 and a
   * table format that records them); options say from where ({@code startingVersion}, ...).
   *
   * @throws IllegalStateException if a schema was given: the changes have the table's own
   */
  public DataFrame changes(String tableName) {
    Objects.requireNonNull(tableName, "tableName");
    if (schema != null) {
      throw new IllegalStateException("changes(" + tableName + ") reads the table's own schema: remove schema(...)");
    }
    return new DataFrame(session, session.newRelation().setRelationChanges(dev.sparkconnect.proto.RelationChanges
        .newBuilder().setUnparsedIdentifier(tableName).putAllOptions(options).setIsStreaming(true)).build());
  }

  /** The stream of the source, from its options. */
  public DataFrame load() {
    return read(null);
  }

  /** The stream of files arriving at {@code path}. */
  public DataFrame load(String path) {
    return read(Objects.requireNonNull(path, "path"));
  }

  /** The stream of the table {@code tableName}'s new rows. */
  public DataFrame table(String tableName) {
    Objects.requireNonNull(tableName, "tableName");
    Read.NamedTable.Builder table = Read.NamedTable.newBuilder().setUnparsedIdentifier(tableName).putAllOptions(options);
    return new DataFrame(session, session.newRelation().setRead(Read.newBuilder().setNamedTable(table)
        .setIsStreaming(true)).build());
  }

  /** Text files arriving at {@code path}, a line a row in a {@code value} column. */
  public DataFrame text(String path) {
    return format("text").load(path);
  }

  /** Text files arriving at {@code path}, a line an element. */
  public Dataset<String> textFile(String path) {
    return text(path).select("value").as(Encoders.STRING());
  }

  /** CSV files arriving at {@code path}. */
  public DataFrame csv(String path) {
    return format("csv").load(path);
  }

  /** JSON Lines files arriving at {@code path}. */
  public DataFrame json(String path) {
    return format("json").load(path);
  }

  /** Parquet files arriving at {@code path}. */
  public DataFrame parquet(String path) {
    return format("parquet").load(path);
  }

  /** ORC files arriving at {@code path}. */
  public DataFrame orc(String path) {
    return format("orc").load(path);
  }

  /** XML files arriving at {@code path}. */
  public DataFrame xml(String path) {
    return format("xml").load(path);
  }

  private DataFrame read(String path) {
    Read.DataSource.Builder source = Read.DataSource.newBuilder().putAllOptions(options);
    if (path != null) {
      source.addPaths(path);
    }
    if (format != null) {
      source.setFormat(format);
    }
    if (schema != null) {
      source.setSchema(schema);
    }
    if (sourceName != null) {
      source.setSourceName(sourceName);
    }
    return new DataFrame(session, session.newRelation().setRead(Read.newBuilder().setDataSource(source)
        .setIsStreaming(true)).build());
  }
}
