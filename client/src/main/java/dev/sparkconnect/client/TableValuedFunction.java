package dev.sparkconnect.client;

import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.UnresolvedTableValuedFunction;

/**
 * Spark's table-valued functions as DataFrames, from {@link SparkSession#tvf()}: each is the
 * DataFrame of {@code SELECT * FROM function(arguments)}.
 *
 * <pre>{@code
 * spark.tvf().explode(array(lit(1), lit(2)));                 // one column 'col': 1, 2
 * spark.tvf().stack(lit(2), lit("a"), lit(1), lit("b"), lit(2)); // two rows of (col0, col1)
 * }</pre>
 *
 * <p>Arguments may be {@link DataFrame#scalar() scalar subqueries}. All but {@code range} need a
 * Spark 4.0 server or later.
 */
public final class TableValuedFunction {

  private final SparkSession session;

  TableValuedFunction(SparkSession session) {
    this.session = session;
  }

  /** The numbers from 0 to {@code end} exclusive, in a column {@code id}; as {@link SparkSession#range(long)}. */
  public DataFrame range(long end) {
    return session.range(end);
  }

  /** The numbers from {@code start} to {@code end} exclusive. */
  public DataFrame range(long start, long end) {
    return session.range(start, end);
  }

  /** The numbers from {@code start} to {@code end} exclusive, {@code step} apart. */
  public DataFrame range(long start, long end, long step) {
    return session.range(start, end, step);
  }

  /** The numbers from {@code start} to {@code end} exclusive, {@code step} apart, in {@code numPartitions}. */
  public DataFrame range(long start, long end, long step, int numPartitions) {
    return session.range(start, end, step, numPartitions);
  }

  /** A row per element of an array (column {@code col}) or entry of a map ({@code key}, {@code value}). */
  public DataFrame explode(Column collection) {
    return call("explode", collection);
  }

  /** As {@link #explode(Column)}, with one row of nulls for a null or empty collection. */
  public DataFrame explode_outer(Column collection) {
    return call("explode_outer", collection);
  }

  /** A row per struct of an array of structs, a column per field. */
  public DataFrame inline(Column arrayOfStructs) {
    return call("inline", arrayOfStructs);
  }

  /** As {@link #inline(Column)}, with one row of nulls for a null or empty array. */
  public DataFrame inline_outer(Column arrayOfStructs) {
    return call("inline_outer", arrayOfStructs);
  }

  /** The named fields of a JSON object, one column each ({@code c0}, {@code c1}, ...). */
  public DataFrame json_tuple(Column json, Column... fields) {
    return call("json_tuple", DataFrame.prepend(json, fields));
  }

  /** A row per element with its position ({@code pos}, {@code col}), or per map entry ({@code pos}, {@code key}, {@code value}). */
  public DataFrame posexplode(Column collection) {
    return call("posexplode", collection);
  }

  /** As {@link #posexplode(Column)}, with one row of nulls for a null or empty collection. */
  public DataFrame posexplode_outer(Column collection) {
    return call("posexplode_outer", collection);
  }

  /** The {@code values} laid out in {@code rows} rows ({@code col0}, {@code col1}, ...). */
  public DataFrame stack(Column rows, Column... values) {
    return call("stack", DataFrame.prepend(rows, values));
  }

  /** The collations the server supports. */
  public DataFrame collations() {
    return call("collations");
  }

  /** The keywords of the server's SQL, and whether each is reserved. */
  public DataFrame sql_keywords() {
    return call("sql_keywords");
  }

  /** A row per element of a VARIANT array or field of a VARIANT object ({@code pos}, {@code key}, {@code value}). */
  public DataFrame variant_explode(Column variant) {
    return call("variant_explode", variant);
  }

  /** As {@link #variant_explode(Column)}, with one row of nulls where there is nothing to explode. */
  public DataFrame variant_explode_outer(Column variant) {
    return call("variant_explode_outer", variant);
  }

  /** The log lines of the session's Python workers (Spark 4.2 or later). */
  public DataFrame python_worker_logs() {
    return call("python_worker_logs");
  }

  private DataFrame call(String name, Column... arguments) {
    UnresolvedTableValuedFunction.Builder function = UnresolvedTableValuedFunction.newBuilder().setFunctionName(name);
    for (Column argument : arguments) {
      function.addArguments(argument.expr());
    }
    Relation relation = session.newRelation().setUnresolvedTableValuedFunction(function).build();
    return new DataFrame(session, relation).withSubqueriesOf(arguments);
  }
}
