package dev.sparkconnect.client;

import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.WriteOperationV2;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a DataFrame to a catalog table with the table-centric v2 API, as Apache Spark's
 * {@code df.writeTo(table)}.
 *
 * <pre>{@code
 * df.writeTo("sales.orders").using("parquet").partitionedBy(col("day")).createOrReplace();
 * more.writeTo("sales.orders").append();
 * }</pre>
 */
public final class DataFrameWriterV2 {

  private final DataFrame df;
  private final String table;
  private String provider;
  private final Map<String, String> options = new LinkedHashMap<>();
  private final Map<String, String> properties = new LinkedHashMap<>();
  private Column[] partitioning = new Column[0];
  private java.util.List<String> clustering = java.util.List.of();
  private boolean schemaEvolution;

  DataFrameWriterV2(DataFrame df, String table) {
    this.df = df;
    this.table = Objects.requireNonNull(table, "table");
  }

  /** The table format, for create and replace: parquet, delta, iceberg, ... */
  public DataFrameWriterV2 using(String provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
    return this;
  }

  /** A write option. */
  public DataFrameWriterV2 option(String key, String value) {
    options.put(key, value);
    return this;
  }

  /** Write options, added to those given before. */
  public DataFrameWriterV2 options(Map<String, String> options) {
    this.options.putAll(options);
    return this;
  }

  /** Lets the write add new columns of the data to the table's schema, where the table supports it. */
  public DataFrameWriterV2 withSchemaEvolution() {
    schemaEvolution = true;
    return this;
  }

  /** A write option with a boolean value. */
  public DataFrameWriterV2 option(String key, boolean value) {
    return option(key, Boolean.toString(value));
  }

  /** A write option with a whole-number value. */
  public DataFrameWriterV2 option(String key, long value) {
    return option(key, Long.toString(value));
  }

  /** A write option with a decimal value. */
  public DataFrameWriterV2 option(String key, double value) {
    return option(key, Double.toString(value));
  }

  /**
   * The clustering columns of a created or replaced table, for catalogs whose tables support
   * clustering (liquid clustering); other catalogs refuse the write.
   */
  public DataFrameWriterV2 clusterBy(String column, String... columns) {
    this.clustering = new java.util.ArrayList<>();
    this.clustering.add(column);
    this.clustering.addAll(Arrays.asList(columns));
    return this;
  }

  /** A table property, for create and replace. */
  public DataFrameWriterV2 tableProperty(String key, String value) {
    properties.put(key, value);
    return this;
  }

  /** The partitioning of a created or replaced table: columns or transforms such as years(ts). */
  public DataFrameWriterV2 partitionedBy(Column column, Column... columns) {
    this.partitioning = new Column[columns.length + 1];
    this.partitioning[0] = column;
    System.arraycopy(columns, 0, this.partitioning, 1, columns.length);
    return this;
  }

  /** Creates the table with this data; fails if it exists. */
  public void create() {
    run(WriteOperationV2.Mode.MODE_CREATE, null);
  }

  /** Replaces the table's contents and schema with this data; fails if it does not exist. */
  public void replace() {
    run(WriteOperationV2.Mode.MODE_REPLACE, null);
  }

  /** Creates the table, or replaces it if it exists. */
  public void createOrReplace() {
    run(WriteOperationV2.Mode.MODE_CREATE_OR_REPLACE, null);
  }

  /** Appends this data to the existing table. */
  public void append() {
    run(WriteOperationV2.Mode.MODE_APPEND, null);
  }

  /** Replaces the rows matching {@code condition} with this data. */
  public void overwrite(Column condition) {
    run(WriteOperationV2.Mode.MODE_OVERWRITE, condition);
  }

  /** Replaces every partition this data writes to. */
  public void overwritePartitions() {
    run(WriteOperationV2.Mode.MODE_OVERWRITE_PARTITIONS, null);
  }

  private void run(WriteOperationV2.Mode mode, Column condition) {
    WriteOperationV2.Builder write = WriteOperationV2.newBuilder()
        .setInput(df.plan())
        .setTableName(table)
        .setMode(mode)
        .putAllOptions(options)
        .putAllTableProperties(properties)
        .addAllClusteringColumns(clustering)
        .setWithSchemaEvolution(schemaEvolution);
    for (Column column : Arrays.asList(partitioning)) {
      write.addPartitioningColumns(column.expr());
    }
    if (provider != null) {
      write.setProvider(provider);
    }
    if (condition != null) {
      write.setOverwriteCondition(condition.expr());
    }
    df.sparkSession().execute(Plan.newBuilder().setCommand(Command.newBuilder().setWriteOperationV2(write)).build());
  }
}
