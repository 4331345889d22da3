package dev.sparkconnect.client;

import dev.sparkconnect.proto.CacheTable;
import dev.sparkconnect.proto.ClearCache;
import dev.sparkconnect.proto.CurrentCatalog;
import dev.sparkconnect.proto.CurrentDatabase;
import dev.sparkconnect.proto.DatabaseExists;
import dev.sparkconnect.proto.DropGlobalTempView;
import dev.sparkconnect.proto.DropTempView;
import dev.sparkconnect.proto.FunctionExists;
import dev.sparkconnect.proto.IsCached;
import dev.sparkconnect.proto.ListCatalogs;
import dev.sparkconnect.proto.ListColumns;
import dev.sparkconnect.proto.ListDatabases;
import dev.sparkconnect.proto.ListFunctions;
import dev.sparkconnect.proto.ListTables;
import dev.sparkconnect.proto.RefreshTable;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.SetCurrentCatalog;
import dev.sparkconnect.proto.SetCurrentDatabase;
import dev.sparkconnect.proto.TableExists;
import dev.sparkconnect.proto.UncacheTable;
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
