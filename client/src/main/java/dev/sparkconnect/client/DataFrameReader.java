package dev.sparkconnect.client;

import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.Parse;
import dev.sparkconnect.proto.Read;
import dev.sparkconnect.protocol.types.DataTypeProtos;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

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
  /** The schema when it was given as a StructType, sent as it is to the parsers of a Dataset of lines. */
  private StructType schemaType;
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
    this.schemaType = schema;
    return this;
  }

  /** The schema to read with, as a DDL column list: {@code "name STRING, age INT"}. */
  public DataFrameReader schema(String ddl) {
    this.schema = Objects.requireNonNull(ddl, "ddl");
    this.schemaType = null;
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

  /** XML files, one row per {@code rowTag} element (set option {@code rowTag}, such as {@code "book"}). */
  public DataFrame xml(String... paths) {
    return format("xml").load(paths);
  }

  /** Text files, one row per line in a column {@code value}. */
  public DataFrame text(String... paths) {
    return format("text").load(paths);
  }

  /**
   * Text files as a Dataset of their lines.
   *
   * @throws IllegalStateException if a schema was set: the lines have none but their own
   */
  public Dataset<String> textFile(String... paths) {
    if (schema != null) {
      throw new IllegalStateException("textFile reads lines and takes no schema; use text() to read with one");
    }
    return text(paths).select("value").as(Encoders.STRING());
  }

  /** The rows of CSV lines held by a Dataset of strings (each value one line), parsed on the server. */
  public DataFrame csv(Dataset<String> lines) {
    return parse(lines, Parse.ParseFormat.PARSE_FORMAT_CSV);
  }

  /** The rows of JSON documents held by a Dataset of strings (one per value), parsed on the server. */
  public DataFrame json(Dataset<String> lines) {
    return parse(lines, Parse.ParseFormat.PARSE_FORMAT_JSON);
  }

  /** The rows of XML documents held by a Dataset of strings (set option {@code rowTag}), parsed on the server. */
  public DataFrame xml(Dataset<String> lines) {
    return parse(lines, Parse.ParseFormat.PARSE_FORMAT_XML);
  }

  private DataFrame parse(Dataset<String> lines, Parse.ParseFormat parseFormat) {
    Parse.Builder parse = Parse.newBuilder().setInput(lines.plan()).setFormat(parseFormat).putAllOptions(options);
    if (schema != null) {
      parse.setSchema(DataTypeProtos.toProto(schemaType != null ? schemaType : StructType.fromDDL(schema)));
    }
    return new DataFrame(session, session.newRelation().setParse(parse).build());
  }

  /**
   * The table (or subquery in parentheses) {@code table} of the database at JDBC {@code url}, read by
   * the server: {@code connectionProperties} (user, password, driver, fetchsize, ...) become options.
   * The server needs the database's JDBC driver on its class path.
   *
   * @throws IllegalStateException if a schema was given: JDBC sources take the table's own
   */
  public DataFrame jdbc(String url, String table, Properties connectionProperties) {
    return jdbcSource(url, table, connectionProperties).load();
  }

  /**
   * As {@link #jdbc(String, String, Properties)}, read in {@code numPartitions} parallel queries
   * splitting the numeric, date or timestamp column {@code columnName} into ranges between
   * {@code lowerBound} and {@code upperBound} (the bounds decide the split, they filter nothing).
   */
  public DataFrame jdbc(String url, String table, String columnName, long lowerBound, long upperBound,
                        int numPartitions, Properties connectionProperties) {
    option("partitionColumn", columnName);
    option("lowerBound", Long.toString(lowerBound));
    option("upperBound", Long.toString(upperBound));
    option("numPartitions", Integer.toString(numPartitions));
    return jdbc(url, table, connectionProperties);
  }

  /**
   * As {@link #jdbc(String, String, Properties)}, read in one partition per {@code predicates}
   * element: each is a SQL {@code WHERE} condition, and together they should cover each row once.
   */
  public DataFrame jdbc(String url, String table, String[] predicates, Properties connectionProperties) {
    jdbcSource(url, table, connectionProperties);
    Read.DataSource.Builder source = Read.DataSource.newBuilder().setFormat(format).putAllOptions(options)
        .addAllPredicates(Arrays.asList(predicates));
    return new DataFrame(session, session.newRelation().setRead(Read.newBuilder().setDataSource(source)).build());
  }

  private DataFrameReader jdbcSource(String url, String table, Properties connectionProperties) {
    if (schema != null) {
      throw new IllegalStateException("A JDBC source takes the schema of its table: remove schema(...) before jdbc(...)");
    }
    for (String key : connectionProperties.stringPropertyNames()) {
      option(key, connectionProperties.getProperty(key));
    }
    option("url", Objects.requireNonNull(url, "url"));
    option("dbtable", Objects.requireNonNull(table, "table"));
    return format("jdbc");
  }

  /** The table or view called {@code name}. */
  public DataFrame table(String name) {
    Read.NamedTable.Builder table = Read.NamedTable.newBuilder().setUnparsedIdentifier(name).putAllOptions(options);
    return new DataFrame(session, session.newRelation().setRead(Read.newBuilder().setNamedTable(table)).build());
  }

  /**
   * The changes made to table {@code tableName} (change data capture, Spark 4.2 and a table format
   * that records them), as Spark's {@code read().changes(...)}: which range and how is said with
   * options ({@code startingVersion}, {@code endingVersion}, {@code startingTimestamp},
   * {@code endingTimestamp}, {@code deduplicationMode}, {@code computeUpdates}, ...).
   *
   * @throws IllegalStateException if a schema was given: the changes have the table's own
   */
  public DataFrame changes(String tableName) {
    Objects.requireNonNull(tableName, "tableName");
    if (schema != null || schemaType != null) {
      throw new IllegalStateException("changes(" + tableName + ") reads the table's own schema: remove schema(...)");
    }
    return new DataFrame(session, session.newRelation().setRelationChanges(dev.sparkconnect.proto.RelationChanges
        .newBuilder().setUnparsedIdentifier(tableName).putAllOptions(options)).build());
  }
}
