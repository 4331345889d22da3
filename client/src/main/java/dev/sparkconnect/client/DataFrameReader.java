package dev.sparkconnect.client;

import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.Read;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads data sources into DataFrames, as Apache Spark's {@code DataFrameReader}: the files are
 * read by the server, so paths are the server's.
 *
 * <pre>{@code
 * DataFrame people = spark.read().format("csv").option("header", true).schema("name STRING, age INT")
 *     .load("/data/people.csv");
 * DataFrame events = spark.read().parquet("/data/events");
 * }</pre>
 */
public final class DataFrameReader {

  private final SparkSession session;
  private String format;
  private String schema;
  private final Map<String, String> options = new LinkedHashMap<>();

  DataFrameReader(SparkSession session) {
    this.session = session;
  }

  /** The data source: {@code csv}, {@code json}, {@code parquet}, {@code orc}, {@code text}, ... */
  public DataFrameReader format(String source) {
    this.format = Objects.requireNonNull(source, "source");
    return this;
  }

  /** The schema to read with, instead of inferring one. */
  public DataFrameReader schema(StructType schema) {
    this.schema = schema.toDDL();
    return this;
  }

  /** The schema to read with, as a DDL column list: {@code "name STRING, age INT"}. */
  public DataFrameReader schema(String ddl) {
    this.schema = Objects.requireNonNull(ddl, "ddl");
    return this;
  }

  /** An option of the data source (option names are case-insensitive). */
  public DataFrameReader option(String key, String value) {
    options.put(key.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** An option of the data source. */
  public DataFrameReader option(String key, boolean value) {
    return option(key, Boolean.toString(value));
  }

  /** An option of the data source. */
  public DataFrameReader option(String key, long value) {
    return option(key, Long.toString(value));
  }

  /** An option of the data source. */
  public DataFrameReader option(String key, double value) {
    return option(key, Double.toString(value));
  }

  /** Options of the data source. */
  public DataFrameReader options(Map<String, String> options) {
    options.forEach(this::option);
    return this;
  }

  /** The data at {@code paths}, or the data source's own location when none is given. */
  public DataFrame load(String... paths) {
    Read.DataSource.Builder source = Read.DataSource.newBuilder().putAllOptions(options)
        .addAllPaths(Arrays.asList(paths));
    if (format != null) {
      source.setFormat(format);
    }
    if (schema != null) {
      source.setSchema(schema);
    }
    return new DataFrame(session, session.newRelation().setRead(Read.newBuilder().setDataSource(source)).build());
  }

  /** CSV files. */
  public DataFrame csv(String... paths) {
    return format("csv").load(paths);
  }

  /** JSON Lines files (or multi-line JSON with option multiLine). */
  public DataFrame json(String... paths) {
    return format("json").load(paths);
  }

  /** Parquet files. */
  public DataFrame parquet(String... paths) {
    return format("parquet").load(paths);
  }

  /** ORC files. */
  public DataFrame orc(String... paths) {
    return format("orc").load(paths);
  }

  /** Text files, one row per line in a column {@code value}. */
  public DataFrame text(String... paths) {
    return format("text").load(paths);
  }

  /** The table or view called {@code name}. */
  public DataFrame table(String name) {
    Read.NamedTable.Builder table = Read.NamedTable.newBuilder().setUnparsedIdentifier(name).putAllOptions(options);
    return new DataFrame(session, session.newRelation().setRead(Read.newBuilder().setNamedTable(table)).build());
  }
}
