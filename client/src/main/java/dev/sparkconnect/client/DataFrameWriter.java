package dev.sparkconnect.client;

import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.WriteOperation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a DataFrame to a data source or table, as Apache Spark's {@code df.write()}. The server
 * writes, so paths are the server's.
 *
 * <pre>{@code
 * df.write().mode("overwrite").partitionBy("day").parquet("/data/events");
 * df.write().format("parquet").saveAsTable("sales.orders");
 * }</pre>
 */
public final class DataFrameWriter {

  private final DataFrame df;
  private String source;
  private WriteOperation.SaveMode mode = WriteOperation.SaveMode.SAVE_MODE_ERROR_IF_EXISTS;
  private final Map<String, String> options = new LinkedHashMap<>();
  private String[] partitionBy = new String[0];
  private String[] sortBy = new String[0];
  private List<String> clusterBy = List.of();
  private boolean schemaEvolution;
  private String[] bucketBy;
  private int numBuckets;

  DataFrameWriter(DataFrame df) {
    this.df = df;
  }

  /** The data source: parquet, csv, json, orc, text, ... */
  public DataFrameWriter format(String source) {
    this.source = Objects.requireNonNull(source, "source");
    return this;
  }

  /** What to do when the target exists: append, overwrite, ignore, or error (the default). */
  public DataFrameWriter mode(String saveMode) {
    switch (saveMode.toLowerCase(Locale.ROOT)) {
      case "append": mode = WriteOperation.SaveMode.SAVE_MODE_APPEND; break;
      case "overwrite": mode = WriteOperation.SaveMode.SAVE_MODE_OVERWRITE; break;
      case "ignore": mode = WriteOperation.SaveMode.SAVE_MODE_IGNORE; break;
      case "error": case "errorifexists": case "default": mode = WriteOperation.SaveMode.SAVE_MODE_ERROR_IF_EXISTS; break;
      default:
        throw new IllegalArgumentException("Unknown save mode '" + saveMode
            + "'; use append, overwrite, ignore, error or errorifexists");
    }
    return this;
  }

  /** What to do when the target exists, as Spark's {@link SaveMode}. */
  public DataFrameWriter mode(SaveMode saveMode) {
    return mode(saveMode.name());
  }

  /** An option of the data source with a decimal value. */
  public DataFrameWriter option(String key, double value) {
    return option(key, Double.toString(value));
  }

  /**
   * Clusters a table written by {@link #saveAsTable} by the named columns, for sources and
   * catalogs that support clustering (liquid clustering).
   */
  public DataFrameWriter clusterBy(String column, String... columns) {
    clusterBy = new ArrayList<>();
    clusterBy.add(column);
    clusterBy.addAll(Arrays.asList(columns));
    return this;
  }

  /** Lets the write add new columns of the data to an existing table's schema, where the table's format supports it. */
  public DataFrameWriter withSchemaEvolution() {
    schemaEvolution = true;
    return this;
  }

  /** An option of the data source. */
  public DataFrameWriter option(String key, String value) {
    options.put(key, Objects.requireNonNull(value, "value"));
    return this;
  }

  /** An option of the data source. */
  public DataFrameWriter option(String key, boolean value) {
    return option(key, Boolean.toString(value));
  }

  /** An option of the data source. */
  public DataFrameWriter option(String key, long value) {
    return option(key, Long.toString(value));
  }

  /** Options of the data source. */
  public DataFrameWriter options(Map<String, String> options) {
    this.options.putAll(options);
    return this;
  }

  /** Writes one directory per value of the named columns. */
  public DataFrameWriter partitionBy(String... columns) {
    this.partitionBy = columns.clone();
    return this;
  }

  /** Writes {@code numBuckets} buckets by hash of the named columns (tables only). */
  public DataFrameWriter bucketBy(int numBuckets, String column, String... columns) {
    this.numBuckets = numBuckets;
    this.bucketBy = new String[columns.length + 1];
    this.bucketBy[0] = column;
    System.arraycopy(columns, 0, this.bucketBy, 1, columns.length);
    return this;
  }

  /** Sorts each bucket by the named columns (with bucketBy). */
  public DataFrameWriter sortBy(String column, String... columns) {
    this.sortBy = new String[columns.length + 1];
    this.sortBy[0] = column;
    System.arraycopy(columns, 0, this.sortBy, 1, columns.length);
    return this;
  }

  /** Writes to {@code path}. */
  public void save(String path) {
    run(base().setPath(path));
  }

  /** Writes to the data source's own location (set by options). */
  public void save() {
    run(base());
  }

  /** Writes a table in the catalog, created if missing. */
  public void saveAsTable(String tableName) {
    run(base().setTable(WriteOperation.SaveTable.newBuilder().setTableName(tableName)
        .setSaveMethod(WriteOperation.SaveTable.TableSaveMethod.TABLE_SAVE_METHOD_SAVE_AS_TABLE)));
  }

  /** Inserts into an existing table, matching columns by position. */
  public void insertInto(String tableName) {
    run(base().setTable(WriteOperation.SaveTable.newBuilder().setTableName(tableName)
        .setSaveMethod(WriteOperation.SaveTable.TableSaveMethod.TABLE_SAVE_METHOD_INSERT_INTO)));
  }

  /** Parquet files at {@code path}. */
  public void parquet(String path) {
    format("parquet").save(path);
  }

  /** JSON Lines files at {@code path}. */
  public void json(String path) {
    format("json").save(path);
  }

  /** CSV files at {@code path}. */
  public void csv(String path) {
    format("csv").save(path);
  }

  /** ORC files at {@code path}. */
  public void orc(String path) {
    format("orc").save(path);
  }

  /** XML files at {@code path}, one {@code rowTag} element per row inside a {@code rootTag} element. */
  public void xml(String path) {
    format("xml").save(path);
  }

  /**
   * The rows written to the table {@code table} of the database at JDBC {@code url}, by the
   * server; {@code connectionProperties} (user, password, driver, batchsize, ...) become options and
   * the mode decides what happens to an existing table. The server needs the JDBC driver.
   */
  public void jdbc(String url, String table, java.util.Properties connectionProperties) {
    format("jdbc").option("url", url).option("dbtable", table);
    for (String key : connectionProperties.stringPropertyNames()) {
      option(key, connectionProperties.getProperty(key));
    }
    save();
  }

  /** Text files at {@code path} (a single string column). */
  public void text(String path) {
    format("text").save(path);
  }

  private WriteOperation.Builder base() {
    WriteOperation.Builder write = WriteOperation.newBuilder()
        .setInput(df.plan())
        .setMode(mode)
        .putAllOptions(options)
        .addAllPartitioningColumns(Arrays.asList(partitionBy))
        .addAllSortColumnNames(Arrays.asList(sortBy))
        .addAllClusteringColumns(clusterBy)
        .setWithSchemaEvolution(schemaEvolution);
    if (source != null) {
      write.setSource(source);
    }
    if (bucketBy != null) {
      write.setBucketBy(WriteOperation.BucketBy.newBuilder()
          .addAllBucketColumnNames(Arrays.asList(bucketBy)).setNumBuckets(numBuckets));
    }
    return write;
  }

  private void run(WriteOperation.Builder write) {
    df.sparkSession().execute(Plan.newBuilder().setCommand(Command.newBuilder().setWriteOperation(write)).build());
  }
}
