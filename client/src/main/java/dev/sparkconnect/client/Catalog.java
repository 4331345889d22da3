package dev.sparkconnect.client;

import dev.sparkconnect.protocol.types.DataTypeProtos;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.CacheTable;
import dev.sparkconnect.proto.ClearCache;
import dev.sparkconnect.proto.AnalyzeTable;
import dev.sparkconnect.proto.CreateDatabase;
import dev.sparkconnect.proto.CreateTable;
import dev.sparkconnect.proto.CurrentCatalog;
import dev.sparkconnect.proto.CurrentDatabase;
import dev.sparkconnect.proto.DatabaseExists;
import dev.sparkconnect.proto.DropDatabase;
import dev.sparkconnect.proto.DropGlobalTempView;
import dev.sparkconnect.proto.DropTable;
import dev.sparkconnect.proto.DropTempView;
import dev.sparkconnect.proto.DropView;
import dev.sparkconnect.proto.FunctionExists;
import dev.sparkconnect.proto.GetDatabase;
import dev.sparkconnect.proto.GetCreateTableString;
import dev.sparkconnect.proto.GetFunction;
import dev.sparkconnect.proto.GetTable;
import dev.sparkconnect.proto.GetTableProperties;
import dev.sparkconnect.proto.IsCached;
import dev.sparkconnect.proto.ListCatalogs;
import dev.sparkconnect.proto.ListColumns;
import dev.sparkconnect.proto.ListDatabases;
import dev.sparkconnect.proto.ListFunctions;
import dev.sparkconnect.proto.ListPartitions;
import dev.sparkconnect.proto.ListTables;
import dev.sparkconnect.proto.ListViews;
import dev.sparkconnect.proto.RecoverPartitions;
import dev.sparkconnect.proto.RefreshByPath;
import dev.sparkconnect.proto.RefreshTable;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.SetCurrentCatalog;
import dev.sparkconnect.proto.SetCurrentDatabase;
import dev.sparkconnect.proto.TableExists;
import dev.sparkconnect.proto.TruncateTable;
import dev.sparkconnect.proto.UncacheTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The session's catalog: catalogs, databases, tables, views, functions and the cache, as Apache
 * Spark's {@code spark.catalog()}. Listings are DataFrames with Spark's columns (for tables:
 * name, catalog, namespace, description, tableType, isTemporary).
 *
 * <pre>{@code
 * spark.catalog().setCurrentDatabase("sales");
 * boolean present = spark.catalog().tableExists("orders");
 * spark.catalog().listTables().show();
 * }</pre>
 */
public final class Catalog {

  private final SparkSession session;

  Catalog(SparkSession session) {
    this.session = session;
  }

  /** The current catalog. */
  public String currentCatalog() {
    return single(c -> c.setCurrentCatalog(CurrentCatalog.getDefaultInstance())).getString(0);
  }

  /** Makes {@code name} the current catalog. */
  public void setCurrentCatalog(String name) {
    run(c -> c.setSetCurrentCatalog(SetCurrentCatalog.newBuilder().setCatalogName(name)));
  }

  /** The catalogs, in a column {@code name}. */
  public DataFrame listCatalogs() {
    return relation(c -> c.setListCatalogs(ListCatalogs.getDefaultInstance()));
  }

  /** The current database. */
  public String currentDatabase() {
    return single(c -> c.setCurrentDatabase(CurrentDatabase.getDefaultInstance())).getString(0);
  }

  /** Makes {@code name} the current database. */
  public void setCurrentDatabase(String name) {
    run(c -> c.setSetCurrentDatabase(SetCurrentDatabase.newBuilder().setDbName(name)));
  }

  /** The databases of the current catalog. */
  public DataFrame listDatabases() {
    return relation(c -> c.setListDatabases(ListDatabases.getDefaultInstance()));
  }

  /** Whether the database exists. */
  public boolean databaseExists(String name) {
    return single(c -> c.setDatabaseExists(DatabaseExists.newBuilder().setDbName(name))).getBoolean(0);
  }

  /** The tables and views of the current database, temporary views included. */
  public DataFrame listTables() {
    return relation(c -> c.setListTables(ListTables.getDefaultInstance()));
  }

  /** The tables and views of {@code database}. */
  public DataFrame listTables(String database) {
    return relation(c -> c.setListTables(ListTables.newBuilder().setDbName(database)));
  }

  /** The columns of a table or view. */
  public DataFrame listColumns(String tableName) {
    return relation(c -> c.setListColumns(ListColumns.newBuilder().setTableName(tableName)));
  }

  /** The functions of the current database, built-in ones included. */
  public DataFrame listFunctions() {
    return relation(c -> c.setListFunctions(ListFunctions.getDefaultInstance()));
  }

  /** Whether a table or view called {@code tableName} (optionally qualified) exists. */
  public boolean tableExists(String tableName) {
    return single(c -> c.setTableExists(TableExists.newBuilder().setTableName(tableName))).getBoolean(0);
  }

  /** Whether a function called {@code functionName} exists. */
  public boolean functionExists(String functionName) {
    return single(c -> c.setFunctionExists(FunctionExists.newBuilder().setFunctionName(functionName))).getBoolean(0);
  }

  /** Drops a temporary view; whether it existed. */
  public boolean dropTempView(String viewName) {
    return single(c -> c.setDropTempView(DropTempView.newBuilder().setViewName(viewName))).getBoolean(0);
  }

  /** Drops a global temporary view; whether it existed. */
  public boolean dropGlobalTempView(String viewName) {
    return single(c -> c.setDropGlobalTempView(DropGlobalTempView.newBuilder().setViewName(viewName))).getBoolean(0);
  }

  /** Whether the table is cached. */
  public boolean isCached(String tableName) {
    return single(c -> c.setIsCached(IsCached.newBuilder().setTableName(tableName))).getBoolean(0);
  }

  /** Caches the table in memory. */
  public void cacheTable(String tableName) {
    run(c -> c.setCacheTable(CacheTable.newBuilder().setTableName(tableName)));
  }

  /** Removes the table from the cache. */
  public void uncacheTable(String tableName) {
    run(c -> c.setUncacheTable(UncacheTable.newBuilder().setTableName(tableName)));
  }

  /** Removes every table from the cache. */
  public void clearCache() {
    run(c -> c.setClearCache(ClearCache.getDefaultInstance()));
  }

  /** Forgets what is cached about the table's data and metadata, so the next read sees changes. */
  public void refreshTable(String tableName) {
    run(c -> c.setRefreshTable(RefreshTable.newBuilder().setTableName(tableName)));
  }

  /** The catalogs whose name matches the SQL {@code LIKE}-style {@code pattern} (for example {@code "spark*"}). */
  public DataFrame listCatalogs(String pattern) {
    return relation(c -> c.setListCatalogs(ListCatalogs.newBuilder().setPattern(pattern)));
  }

  /** The databases of the current catalog whose name matches {@code pattern}. */
  public DataFrame listDatabases(String pattern) {
    return relation(c -> c.setListDatabases(ListDatabases.newBuilder().setPattern(pattern)));
  }

  /** The tables and views of {@code database} whose name matches {@code pattern}. */
  public DataFrame listTables(String database, String pattern) {
    return relation(c -> c.setListTables(ListTables.newBuilder().setDbName(database).setPattern(pattern)));
  }

  /** The functions of {@code database}, built-in ones included. */
  public DataFrame listFunctions(String database) {
    return relation(c -> c.setListFunctions(ListFunctions.newBuilder().setDbName(database)));
  }

  /** The functions of {@code database} whose name matches {@code pattern}. */
  public DataFrame listFunctions(String database, String pattern) {
    return relation(c -> c.setListFunctions(ListFunctions.newBuilder().setDbName(database).setPattern(pattern)));
  }

  /** The columns of the table or view {@code tableName} in {@code database}. */
  public DataFrame listColumns(String database, String tableName) {
    return relation(c -> c.setListColumns(ListColumns.newBuilder().setTableName(tableName).setDbName(database)));
  }

  /**
   * The database called {@code name}: a row of name, catalog, description, locationUri.
   *
   * @throws dev.sparkconnect.client.errors.AnalysisException if there is none
   */
  public Row getDatabase(String name) {
    return single(c -> c.setGetDatabase(GetDatabase.newBuilder().setDbName(name)));
  }

  /**
   * The table or view {@code tableName} (optionally qualified): a row of name, catalog, namespace,
   * description, tableType, isTemporary.
   *
   * @throws dev.sparkconnect.client.errors.AnalysisException if there is none
   */
  public Row getTable(String tableName) {
    return single(c -> c.setGetTable(GetTable.newBuilder().setTableName(tableName)));
  }

  /** As {@link #getTable(String)}, for the table {@code tableName} of {@code database}. */
  public Row getTable(String database, String tableName) {
    return single(c -> c.setGetTable(GetTable.newBuilder().setTableName(tableName).setDbName(database)));
  }

  /**
   * The function {@code functionName}: a row of name, catalog, namespace, description, className,
   * isTemporary.
   *
   * @throws dev.sparkconnect.client.errors.AnalysisException if there is none
   */
  public Row getFunction(String functionName) {
    return single(c -> c.setGetFunction(GetFunction.newBuilder().setFunctionName(functionName)));
  }

  /** As {@link #getFunction(String)}, for the function {@code functionName} of {@code database}. */
  public Row getFunction(String database, String functionName) {
    return single(c -> c.setGetFunction(GetFunction.newBuilder().setFunctionName(functionName).setDbName(database)));
  }

  /** Whether the table or view {@code tableName} exists in {@code database}. */
  public boolean tableExists(String database, String tableName) {
    return single(c -> c.setTableExists(TableExists.newBuilder().setTableName(tableName).setDbName(database)))
        .getBoolean(0);
  }

  /** Whether the function {@code functionName} exists in {@code database}. */
  public boolean functionExists(String database, String functionName) {
    return single(c -> c.setFunctionExists(FunctionExists.newBuilder().setFunctionName(functionName)
        .setDbName(database))).getBoolean(0);
  }

  /**
   * Creates a table over the data at {@code path}, in the default data source format
   * ({@code spark.sql.sources.default}, Parquet unless changed), and returns it.
   */
  public DataFrame createTable(String tableName, String path) {
    return createTable(tableName, CreateTable.newBuilder().setPath(path));
  }

  /** Creates a table over the data at {@code path} in format {@code source} (csv, json, parquet, ...). */
  public DataFrame createTable(String tableName, String path, String source) {
    return createTable(tableName, CreateTable.newBuilder().setPath(path).setSource(source));
  }

  /**
   * Creates a table of format {@code source} from {@code options} (with option {@code path} for
   * data kept elsewhere: an external table; without it a managed table), schema inferred.
   */
  public DataFrame createTable(String tableName, String source, Map<String, String> options) {
    return createTable(tableName, CreateTable.newBuilder().setSource(source).putAllOptions(options));
  }

  /** As {@link #createTable(String, String, Map)}, with a description. */
  public DataFrame createTable(String tableName, String source, String description, Map<String, String> options) {
    return createTable(tableName, CreateTable.newBuilder().setSource(source).setDescription(description)
        .putAllOptions(options));
  }

  /**
   * Creates a table of format {@code source} with {@code schema}, for example an empty managed
   * table: {@code createTable("events", "parquet", schema, Map.of())}.
   */
  public DataFrame createTable(String tableName, String source, StructType schema, Map<String, String> options) {
    return createTable(tableName, CreateTable.newBuilder().setSource(source)
        .setSchema(DataTypeProtos.toProto(schema)).putAllOptions(options));
  }

  /** As {@link #createTable(String, String, StructType, Map)}, with a description. */
  public DataFrame createTable(String tableName, String source, StructType schema, String description,
                               Map<String, String> options) {
    return createTable(tableName, CreateTable.newBuilder().setSource(source).setSchema(DataTypeProtos.toProto(schema))
        .setDescription(description).putAllOptions(options));
  }

  /**
   * The server creates the table while it analyses the request, as Spark's own Catalog does
   * eagerly: asking for the schema creates it without reading any of its data.
   */
  private DataFrame createTable(String tableName, CreateTable.Builder table) {
    relation(c -> c.setCreateTable(table.setTableName(tableName))).schema();
    return session.table(tableName);
  }

  /** Adds the partitions found in the table's folder to the catalog (for tables written by other tools). */
  public void recoverPartitions(String tableName) {
    run(c -> c.setRecoverPartitions(RecoverPartitions.newBuilder().setTableName(tableName)));
  }

  /** Caches the table at {@code storageLevel}. */
  public void cacheTable(String tableName, StorageLevel storageLevel) {
    run(c -> c.setCacheTable(CacheTable.newBuilder().setTableName(tableName).setStorageLevel(storageLevel.toProto())));
  }

  /** Forgets what is cached about every table and DataFrame whose data is under {@code path}. */
  public void refreshByPath(String path) {
    run(c -> c.setRefreshByPath(RefreshByPath.newBuilder().setPath(path)));
  }

  // ---- Spark 4.2: databases, tables and views created, dropped and inspected by the catalog itself.
  // An older server answers these with an error that names the unknown catalog operation.

  /** Creates the database {@code name}; with {@code ifNotExists} an existing one is left as it is. */
  public void createDatabase(String name, boolean ifNotExists) {
    createDatabase(name, ifNotExists, Map.of());
  }

  /**
   * Creates the database {@code name} with {@code properties} (such as {@code comment} or
   * {@code location}); with {@code ifNotExists} an existing one is left as it is.
   */
  public void createDatabase(String name, boolean ifNotExists, Map<String, String> properties) {
    run(c -> c.setCreateDatabase(CreateDatabase.newBuilder().setDbName(name).setIfNotExists(ifNotExists)
        .putAllProperties(properties)));
  }

  /**
   * Drops the database {@code name}; {@code ifExists} makes a missing one no error, {@code cascade}
   * drops its tables and functions too (without it a database that has any is refused).
   */
  public void dropDatabase(String name, boolean ifExists, boolean cascade) {
    run(c -> c.setDropDatabase(DropDatabase.newBuilder().setDbName(name).setIfExists(ifExists).setCascade(cascade)));
  }

  /**
   * Drops the table {@code tableName}; {@code ifExists} makes a missing one no error, {@code purge}
   * deletes its data at once instead of moving it to a trash folder where the file system has one.
   */
  public void dropTable(String tableName, boolean ifExists, boolean purge) {
    run(c -> c.setDropTable(DropTable.newBuilder().setTableName(tableName).setIfExists(ifExists).setPurge(purge)));
  }

  /** Drops the (permanent) view {@code viewName}; {@code ifExists} makes a missing one no error. */
  public void dropView(String viewName, boolean ifExists) {
    run(c -> c.setDropView(DropView.newBuilder().setViewName(viewName).setIfExists(ifExists)));
  }

  /** Deletes every row of the table, keeping the table and its schema. */
  public void truncateTable(String tableName) {
    run(c -> c.setTruncateTable(TruncateTable.newBuilder().setTableName(tableName)));
  }

  /**
   * Computes the table's statistics for the optimizer: its size, and with {@code noScan} false its
   * row count too (which reads the table).
   */
  public void analyzeTable(String tableName, boolean noScan) {
    run(c -> c.setAnalyzeTable(AnalyzeTable.newBuilder().setTableName(tableName).setNoScan(noScan)));
  }

  /** The partitions of a partitioned table, one row per partition with its spec ({@code day=mon}). */
  public DataFrame listPartitions(String tableName) {
    return relation(c -> c.setListPartitions(ListPartitions.newBuilder().setTableName(tableName)));
  }

  /** The views of the current database, temporary views included; columns as {@link #listTables()}. */
  public DataFrame listViews() {
    return relation(c -> c.setListViews(ListViews.newBuilder()));
  }

  /** The views of {@code database}, temporary views included. */
  public DataFrame listViews(String database) {
    return relation(c -> c.setListViews(ListViews.newBuilder().setDbName(database)));
  }

  /** The views of {@code database} whose names match {@code pattern} ({@code *} for any characters). */
  public DataFrame listViews(String database, String pattern) {
    return relation(c -> c.setListViews(ListViews.newBuilder().setDbName(database).setPattern(pattern)));
  }

  /** The table's properties (TBLPROPERTIES), in the server's order. */
  public Map<String, String> getTableProperties(String tableName) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (Row row : relation(c -> c.setGetTableProperties(GetTableProperties.newBuilder().setTableName(tableName)))
        .collectAsList()) {
      properties.put(row.getString(0), row.getString(1));
    }
    return properties;
  }

  /**
   * The {@code CREATE TABLE} statement that would make the table again, as {@code SHOW CREATE
   * TABLE} prints it; {@code asSerde} gives the Hive SerDe form for a Hive table.
   */
  public String getCreateTableString(String tableName, boolean asSerde) {
    return single(c -> c.setGetCreateTableString(GetCreateTableString.newBuilder().setTableName(tableName)
        .setAsSerde(asSerde))).getString(0);
  }

  /**
   * Registers the data at {@code path} as a table.
   *
   * @deprecated use {@link #createTable(String, String)}, as in Apache Spark
   */
  @Deprecated
  public DataFrame createExternalTable(String tableName, String path) {
    return createTable(tableName, path);
  }

  /**
   * Registers the data at {@code path}, in {@code source} format, as a table.
   *
   * @deprecated use {@link #createTable(String, String, String)}, as in Apache Spark
   */
  @Deprecated
  public DataFrame createExternalTable(String tableName, String path, String source) {
    return createTable(tableName, path, source);
  }

  /**
   * Registers data of {@code source} format, described by {@code options} (with its {@code path}), as a table.
   *
   * @deprecated use {@link #createTable(String, String, Map)}, as in Apache Spark
   */
  @Deprecated
  public DataFrame createExternalTable(String tableName, String source, Map<String, String> options) {
    return createTable(tableName, source, options);
  }

  /**
   * Registers data of {@code source} format with {@code schema}, described by {@code options}, as a table.
   *
   * @deprecated use {@link #createTable(String, String, StructType, Map)}, as in Apache Spark
   */
  @Deprecated
  public DataFrame createExternalTable(String tableName, String source, StructType schema,
      Map<String, String> options) {
    return createTable(tableName, source, schema, options);
  }

  private DataFrame relation(Consumer<dev.sparkconnect.proto.Catalog.Builder> build) {
    dev.sparkconnect.proto.Catalog.Builder catalog = dev.sparkconnect.proto.Catalog.newBuilder();
    build.accept(catalog);
    Relation relation = session.newRelation().setCatalog(catalog).build();
    return new DataFrame(session, relation);
  }

  private Row single(Consumer<dev.sparkconnect.proto.Catalog.Builder> build) {
    return relation(build).collectAsList().get(0);
  }

  private void run(Consumer<dev.sparkconnect.proto.Catalog.Builder> build) {
    relation(build).collectAsList();
  }
}
