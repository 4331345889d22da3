package dev.sparkconnect.client;

import dev.sparkconnect.proto.Expression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The functions of Apache Spark's {@code org.apache.spark.sql.functions}, with the same names and
 * overloads, each building the expression that Apache Spark's own client sends.
 *
 * <pre>{@code
 * import static dev.sparkconnect.client.functions.*;
 *
 * df.groupBy(col("dept")).agg(avg("salary").as("avg_salary"), countDistinct(col("title")));
 * df.select(when(col("score").geq(90), "A").when(col("score").geq(80), "B").otherwise("C"));
 * }</pre>
 *
 * <p>Functions that take a {@code String} column name do the same as the {@link Column}
 * overload on {@code col(name)}. Arguments that are not columns become literals. A function newer
 * than the server it is sent to (Spark 4.0 to 4.2 added many) fails with the server's own message
 * that it does not know the function.
 *
 * <p>The functions are ordered by the groups Spark's own {@code functions} documents them in
 * (normal, aggregate, date and timestamp, math, string, window, collection, ...), each group
 * marked by a {@code // ----} comment, names in alphabetical order within a group and all
 * overloads of a name side by side.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class functions {

  private functions() {}

  // ---- Normal functions (Spark's group normal_funcs)

  /** Marks {@code df} as small enough to broadcast in a join. */
  public static DataFrame broadcast(DataFrame df) {
    return df.hint("broadcast");
  }

  /** A call of the SQL function {@code name} (built-in or registered), by name. */
  public static Column call_function(String name, Column... arguments) {
    Expression.UnresolvedFunction.Builder function = Expression.UnresolvedFunction.newBuilder()
        .setFunctionName(name)
        .setIsUserDefinedFunction(true)
        .setIsInternal(false);
    for (Column argument : arguments) {
      function.addArguments(argument.expr());
    }
    return Column.derived(Expression.newBuilder().setUnresolvedFunction(function).build(), (Object[]) arguments);
  }

  /** The column called {@code name}; {@code "*"} for all columns, {@code "t.*"} for all of a struct or alias. */
  public static Column col(String name) {
    if (name.equals("*")) {
      return new Column(Expression.newBuilder().setUnresolvedStar(Expression.UnresolvedStar.getDefaultInstance()).build());
    }
    if (name.endsWith(".*")) {
      return new Column(Expression.newBuilder().setUnresolvedStar(Expression.UnresolvedStar.newBuilder()
          .setUnparsedTarget(name)).build());
    }
    return new Column(Expression.newBuilder().setUnresolvedAttribute(Expression.UnresolvedAttribute.newBuilder()
        .setUnparsedIdentifier(name)).build());
  }

  /** The column called {@code name}; the same as {@link #col(String)}. */
  public static Column column(String name) {
    return col(name);
  }

  /** A SQL expression, parsed by the server: {@code expr("a + 1 AS b")}. */
  public static Column expr(String sql) {
    return new Column(Expression.newBuilder().setExpressionString(Expression.ExpressionString.newBuilder()
        .setExpression(sql)).build());
  }

  /**
   * A literal of {@code value}: a column is returned as it is; Java values become literals of the
   * matching Spark type (Long is BIGINT, BigDecimal DECIMAL, LocalDate DATE, Instant TIMESTAMP,
   * LocalDateTime TIMESTAMP_NTZ, Duration and Period intervals, byte[] BINARY, arrays and Lists
   * ARRAY, Maps MAP). A Java array's element type comes from its component class (an empty
   * {@code double[]} is ARRAY&lt;DOUBLE&gt;, a {@code BigDecimal[]} ARRAY&lt;DECIMAL(38,18)&gt;); a List's
   * element type and a Map's key and value types come from their first non-null element.
   *
   * <pre>{@code
   * df.select(lit(42), lit(new int[][] {{1}, {2}}), lit(List.of("a", "b")), lit(LocalDate.of(2024, 1, 31)))
   * }</pre>
   */
  public static Column lit(Object value) {
    if (value instanceof Column column) {
      return column;
    }
    return new Column(Expression.newBuilder().setLiteral(Literals.of(value)).build());
  }

  /**
   * A literal of {@code value}, collections included: the same as {@link #lit(Object)} in Java,
   * where no compile-time type is available (Scala's typedLit reads nullability from the static
   * type; here a collection holding a null is nullable).
   *
   * <pre>{@code
   * df.select(typedLit(List.of(1, 2, 3)), typedLit(Map.of("a", 1)))
   * }</pre>
   */
  public static Column typedLit(Object value) {
    return lit(value);
  }

  // ---- UDF, UDAF and UDT (Spark's group udf_funcs)

  /** A call of the function {@code udfName} registered on the server; the same as {@link #call_function}. */
  public static Column call_udf(String udfName, Column... columns) {
    return call_function(udfName, columns);
  }

  /**
   * A call of the function {@code udfName} registered on the server; the same as {@link #call_function}.
   *
   * @deprecated use {@link #call_function}, as Spark advises
   */
  @Deprecated
  public static Column callUDF(String udfName, Column... columns) {
    return call_function(udfName, columns);
  }

  /** The underlying SQL value of a user-defined type's column. */
  public static Column unwrap_udt(Column column) {
    return Column.internalFn("unwrap_udt", column);
  }

  // ---- Aggregate functions (Spark's group agg_funcs)

  /** Whether any value is true. */
  public static Column any(Column e) {
    return Column.fn("any", e);
  }

  /** Some value of the group. */
  public static Column any_value(Column e) {
    return Column.fn("any_value", e);
  }

  /** Some value of the group, non-null where {@code ignoreNulls} is true. */
  public static Column any_value(Column e, Column ignoreNulls) {
    return Column.fn("any_value", e, ignoreNulls);
  }

  /** The approximate number of distinct values, within relative standard deviation {@code rsd}. */
  public static Column approx_count_distinct(Column e, double rsd) {
    return Column.fn("approx_count_distinct", e, rsd);
  }

  /** The approximate number of distinct values of the named column, within relative error {@code rsd}. */
  public static Column approx_count_distinct(String columnName, double rsd) {
    return approx_count_distinct(col(columnName), rsd);
  }

  /** The approximate number of distinct values. */
  public static Column approx_count_distinct(Column e) {
    return Column.fn("approx_count_distinct", e);
  }

  /** The approximate number of distinct values. Of the column called {@code columnName}. */
  public static Column approx_count_distinct(String columnName) {
    return approx_count_distinct(col(columnName));
  }

  /** The same as {@link #percentile_approx}. */
  public static Column approx_percentile(Column e, Column percentage, Column accuracy) {
    return Column.fn("approx_percentile", e, percentage, accuracy);
  }

  /**
   * The approximate number of distinct values (HyperLogLog++), with Spark's default relative
   * standard deviation of 0.05. Deprecated in Spark.
   *
   * @deprecated use {@link #approx_count_distinct}, as Spark advises
   */
  @Deprecated
  public static Column approxCountDistinct(Column e) {
    return approx_count_distinct(e);
  }

  /**
   * The approximate number of distinct values (HyperLogLog++), with Spark's default relative
   * standard deviation of 0.05. Deprecated in Spark. Takes the column by name.
   *
   * @deprecated use {@link #approx_count_distinct}, as Spark advises
   */
  @Deprecated
  public static Column approxCountDistinct(String columnName) {
    return approx_count_distinct(columnName);
  }

  /**
   * The approximate number of distinct values (HyperLogLog++), {@code rsd} the largest relative
   * standard deviation allowed. Deprecated in Spark.
   *
   * @deprecated use {@link #approx_count_distinct}, as Spark advises
   */
  @Deprecated
  public static Column approxCountDistinct(Column e, double rsd) {
    return approx_count_distinct(e, rsd);
  }

  /**
   * The approximate number of distinct values (HyperLogLog++), {@code rsd} the largest relative
   * standard deviation allowed. Deprecated in Spark. Takes the column by name.
   *
   * @deprecated use {@link #approx_count_distinct}, as Spark advises
   */
  @Deprecated
  public static Column approxCountDistinct(String columnName, double rsd) {
    return approx_count_distinct(col(columnName), rsd);
  }

  /** All values as an array. */
  public static Column array_agg(Column e) {
    return Column.fn("array_agg", e);
  }

  /** The average. */
  public static Column avg(Column e) {
    return Column.fn("avg", e);
  }

  /** The average. Of the column called {@code columnName}. */
  public static Column avg(String columnName) {
    return avg(col(columnName));
  }

  /** The bitwise AND of all values. */
  public static Column bit_and(Column e) {
    return Column.fn("bit_and", e);
  }

  /** The bitwise OR of all values. */
  public static Column bit_or(Column e) {
    return Column.fn("bit_or", e);
  }

  /** The bitwise XOR of all values. */
  public static Column bit_xor(Column e) {
    return Column.fn("bit_xor", e);
  }

  /** Aggregate: the bitwise AND of the column's bitmaps. */
  public static Column bitmap_and_agg(Column col) {
    return Column.fn("bitmap_and_agg", col);
  }

  /** A bitmap of the positions of the values. */
  public static Column bitmap_construct_agg(Column e) {
    return Column.fn("bitmap_construct_agg", e);
  }

  /** The OR of the bitmaps. */
  public static Column bitmap_or_agg(Column e) {
    return Column.fn("bitmap_or_agg", e);
  }

  /** Whether all values are true. */
  public static Column bool_and(Column e) {
    return Column.fn("bool_and", e);
  }

  /** Whether any value is true. */
  public static Column bool_or(Column e) {
    return Column.fn("bool_or", e);
  }

  /** All values as an array, duplicates kept. */
  public static Column collect_list(Column e) {
    return Column.fn("collect_list", e);
  }

  /** All values as an array, duplicates kept. Of the column called {@code columnName}. */
  public static Column collect_list(String columnName) {
    return collect_list(col(columnName));
  }

  /** The distinct values as an array. */
  public static Column collect_set(Column e) {
    return Column.fn("collect_set", e);
  }

  /** The distinct values as an array. Of the column called {@code columnName}. */
  public static Column collect_set(String columnName) {
    return collect_set(col(columnName));
  }

  /** The Pearson correlation of two columns. */
  public static Column corr(Column a, Column b) {
    return Column.fn("corr", a, b);
  }

  /** The Pearson correlation of the named columns. */
  public static Column corr(String a, String b) {
    return corr(col(a), col(b));
  }

  /** The number of non-null values. */
  public static Column count(Column e) {
    return Column.fn("count", e);
  }

  /** The number of non-null values. Of the column called {@code columnName}. */
  public static Column count(String columnName) {
    return count(col(columnName));
  }

  /** The number of distinct combinations; the same as countDistinct. */
  public static Column count_distinct(Column column, Column... more) {
    return countDistinct(column, more);
  }

  /** The number of true values. */
  public static Column count_if(Column e) {
    return Column.fn("count_if", e);
  }

  /** A count-min sketch of the values. */
  public static Column count_min_sketch(Column e, Column eps, Column confidence, Column seed) {
    return Column.fn("count_min_sketch", e, eps, confidence, seed);
  }

  /**
   * Aggregate: a Count-Min sketch of the values with relative error {@code eps} and {@code confidence},
   * as BINARY; a random seed is chosen.
   */
  public static Column count_min_sketch(Column e, Column eps, Column confidence) {
    return count_min_sketch(e, eps, confidence, lit(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
  }

  /** The number of distinct combinations of the columns' values. */
  public static Column countDistinct(Column column, Column... more) {
    List<Object> all = new ArrayList<>();
    all.add(column);
    all.addAll(Arrays.asList(more));
    return distinctFn("count", all.toArray());
  }

  /** The number of distinct combinations of the named columns' values. */
  public static Column countDistinct(String columnName, String... columnNames) {
    Column[] columns = names(columnName, columnNames);
    return countDistinct(columns[0], Arrays.copyOfRange(columns, 1, columns.length));
  }

  /** The population covariance of two columns. */
  public static Column covar_pop(Column a, Column b) {
    return Column.fn("covar_pop", a, b);
  }

  /** The population covariance of the named columns. */
  public static Column covar_pop(String a, String b) {
    return covar_pop(col(a), col(b));
  }

  /** The sample covariance of two columns. */
  public static Column covar_samp(Column a, Column b) {
    return Column.fn("covar_samp", a, b);
  }

  /** The sample covariance of the named columns. */
  public static Column covar_samp(String a, String b) {
    return covar_samp(col(a), col(b));
  }

  /** Whether all values are true. */
  public static Column every(Column e) {
    return Column.fn("every", e);
  }

  /** The first value in the group; with {@code ignoreNulls}, the first non-null one. */
  public static Column first(Column e, boolean ignoreNulls) {
    return Column.fn("first", e, ignoreNulls);
  }

  /** The first value in the group. */
  public static Column first(Column e) {
    return first(e, false);
  }

  /** The first value of the named column in the group. */
  public static Column first(String columnName) {
    return first(col(columnName));
  }

  /** The first value of the named column; with {@code ignoreNulls}, the first non-null one. */
  public static Column first(String columnName, boolean ignoreNulls) {
    return first(col(columnName), ignoreNulls);
  }

  /** The first value in the group. */
  public static Column first_value(Column e) {
    return Column.fn("first_value", e);
  }

  /** The first value in the group, skipping nulls where {@code ignoreNulls} is true. */
  public static Column first_value(Column e, Column ignoreNulls) {
    return Column.fn("first_value", e, ignoreNulls);
  }

  /** Whether the named column is aggregated in this grouping set. */
  public static Column grouping(String columnName) {
    return grouping(col(columnName));
  }

  /** Whether the column is aggregated in this grouping set. */
  public static Column grouping(Column e) {
    return Column.fn("grouping", e);
  }

  /** The grouping level, as a bit vector of the grouping columns. */
  public static Column grouping_id() {
    return Column.fn("grouping_id");
  }

  /** The grouping level of the named columns, as a bit vector. */
  public static Column grouping_id(String columnName, String... columnNames) {
    return Column.fn("grouping_id", (Object[]) names(columnName, columnNames));
  }

  /** The grouping level of each row in a cube, rollup or grouping sets: a bit per grouping column, set where it is aggregated away. */
  public static Column grouping_id(Column... columns) {
    return Column.fn("grouping_id", (Object[]) columns);
  }

  /** A histogram of {@code nBins} bins. */
  public static Column histogram_numeric(Column e, Column nBins) {
    return Column.fn("histogram_numeric", e, nBins);
  }

  /** A HyperLogLog sketch of the values. */
  public static Column hll_sketch_agg(Column e, Column lgConfigK) {
    return Column.fn("hll_sketch_agg", e, lgConfigK);
  }

  /** A HyperLogLog sketch of the values. */
  public static Column hll_sketch_agg(Column e) {
    return Column.fn("hll_sketch_agg", e);
  }

  /** A HyperLogLog sketch of the values with lgConfigK. */
  public static Column hll_sketch_agg(Column e, int lgConfigK) {
    return Column.fn("hll_sketch_agg", e, lgConfigK);
  }

  /** A HyperLogLog sketch of the named column with lgConfigK. */
  public static Column hll_sketch_agg(String columnName, int lgConfigK) {
    return hll_sketch_agg(col(columnName), lgConfigK);
  }

  /** A HyperLogLog sketch of the named column. */
  public static Column hll_sketch_agg(String columnName) {
    return hll_sketch_agg(col(columnName));
  }

  /** The union of HyperLogLog sketches. */
  public static Column hll_union_agg(Column e, Column allowDifferentLgConfigK) {
    return Column.fn("hll_union_agg", e, allowDifferentLgConfigK);
  }

  /** The union of HyperLogLog sketches. */
  public static Column hll_union_agg(Column e) {
    return Column.fn("hll_union_agg", e);
  }

  /** The union of HyperLogLog sketches. */
  public static Column hll_union_agg(Column e, boolean allowDifferentLgConfigK) {
    return Column.fn("hll_union_agg", e, allowDifferentLgConfigK);
  }

  /** The union of the named column's HyperLogLog sketches. */
  public static Column hll_union_agg(String columnName, boolean allowDifferentLgConfigK) {
    return hll_union_agg(col(columnName), allowDifferentLgConfigK);
  }

  /** The union of the named column's HyperLogLog sketches. */
  public static Column hll_union_agg(String columnName) {
    return hll_union_agg(col(columnName));
  }

  /**
   * Aggregate: the column's KLL BIGINT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy.
   */
  public static Column kll_merge_agg_bigint(Column e, Column k) {
    return Column.fn("kll_merge_agg_bigint", e, k);
  }

  /**
   * Aggregate: the column's KLL BIGINT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy.
   */
  public static Column kll_merge_agg_bigint(Column e, int k) {
    return Column.fn("kll_merge_agg_bigint", e, lit(k));
  }

  /**
   * Aggregate: the column's KLL BIGINT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy. Takes the column by name.
   */
  public static Column kll_merge_agg_bigint(String columnName, int k) {
    return kll_merge_agg_bigint(col(columnName), k);
  }

  /**
   * Aggregate: the column's KLL BIGINT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy.
   */
  public static Column kll_merge_agg_bigint(Column e) {
    return Column.fn("kll_merge_agg_bigint", e);
  }

  /**
   * Aggregate: the column's KLL BIGINT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy. Takes the column by name.
   */
  public static Column kll_merge_agg_bigint(String columnName) {
    return kll_merge_agg_bigint(col(columnName));
  }

  /**
   * Aggregate: the column's KLL DOUBLE sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy.
   */
  public static Column kll_merge_agg_double(Column e, Column k) {
    return Column.fn("kll_merge_agg_double", e, k);
  }

  /**
   * Aggregate: the column's KLL DOUBLE sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy.
   */
  public static Column kll_merge_agg_double(Column e, int k) {
    return Column.fn("kll_merge_agg_double", e, lit(k));
  }

  /**
   * Aggregate: the column's KLL DOUBLE sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy. Takes the column by name.
   */
  public static Column kll_merge_agg_double(String columnName, int k) {
    return kll_merge_agg_double(col(columnName), k);
  }

  /**
   * Aggregate: the column's KLL DOUBLE sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy.
   */
  public static Column kll_merge_agg_double(Column e) {
    return Column.fn("kll_merge_agg_double", e);
  }

  /**
   * Aggregate: the column's KLL DOUBLE sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy. Takes the column by name.
   */
  public static Column kll_merge_agg_double(String columnName) {
    return kll_merge_agg_double(col(columnName));
  }

  /**
   * Aggregate: the column's KLL FLOAT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy.
   */
  public static Column kll_merge_agg_float(Column e, Column k) {
    return Column.fn("kll_merge_agg_float", e, k);
  }

  /**
   * Aggregate: the column's KLL FLOAT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy.
   */
  public static Column kll_merge_agg_float(Column e, int k) {
    return Column.fn("kll_merge_agg_float", e, lit(k));
  }

  /**
   * Aggregate: the column's KLL FLOAT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy. Takes the column by name.
   */
  public static Column kll_merge_agg_float(String columnName, int k) {
    return kll_merge_agg_float(col(columnName), k);
  }

  /**
   * Aggregate: the column's KLL FLOAT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy.
   */
  public static Column kll_merge_agg_float(Column e) {
    return Column.fn("kll_merge_agg_float", e);
  }

  /**
   * Aggregate: the column's KLL FLOAT sketches merged into one, as BINARY; {@code k} (8 to 65535) sets
   * the merged sketch's accuracy. Takes the column by name.
   */
  public static Column kll_merge_agg_float(String columnName) {
    return kll_merge_agg_float(col(columnName));
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the BIGINT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_bigint}.
   */
  public static Column kll_sketch_agg_bigint(Column e, Column k) {
    return Column.fn("kll_sketch_agg_bigint", e, k);
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the BIGINT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_bigint}.
   */
  public static Column kll_sketch_agg_bigint(Column e, int k) {
    return Column.fn("kll_sketch_agg_bigint", e, lit(k));
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the BIGINT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_bigint}. Takes the column by name.
   */
  public static Column kll_sketch_agg_bigint(String columnName, int k) {
    return kll_sketch_agg_bigint(col(columnName), k);
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the BIGINT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_bigint}.
   */
  public static Column kll_sketch_agg_bigint(Column e) {
    return Column.fn("kll_sketch_agg_bigint", e);
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the BIGINT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_bigint}. Takes the column by name.
   */
  public static Column kll_sketch_agg_bigint(String columnName) {
    return kll_sketch_agg_bigint(col(columnName));
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the DOUBLE values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_double}.
   */
  public static Column kll_sketch_agg_double(Column e, Column k) {
    return Column.fn("kll_sketch_agg_double", e, k);
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the DOUBLE values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_double}.
   */
  public static Column kll_sketch_agg_double(Column e, int k) {
    return Column.fn("kll_sketch_agg_double", e, lit(k));
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the DOUBLE values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_double}. Takes the column by name.
   */
  public static Column kll_sketch_agg_double(String columnName, int k) {
    return kll_sketch_agg_double(col(columnName), k);
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the DOUBLE values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_double}.
   */
  public static Column kll_sketch_agg_double(Column e) {
    return Column.fn("kll_sketch_agg_double", e);
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the DOUBLE values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_double}. Takes the column by name.
   */
  public static Column kll_sketch_agg_double(String columnName) {
    return kll_sketch_agg_double(col(columnName));
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the FLOAT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_float}.
   */
  public static Column kll_sketch_agg_float(Column e, Column k) {
    return Column.fn("kll_sketch_agg_float", e, k);
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the FLOAT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_float}.
   */
  public static Column kll_sketch_agg_float(Column e, int k) {
    return Column.fn("kll_sketch_agg_float", e, lit(k));
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the FLOAT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_float}. Takes the column by name.
   */
  public static Column kll_sketch_agg_float(String columnName, int k) {
    return kll_sketch_agg_float(col(columnName), k);
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the FLOAT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_float}.
   */
  public static Column kll_sketch_agg_float(Column e) {
    return Column.fn("kll_sketch_agg_float", e);
  }

  /**
   * Aggregate: a KLL quantiles sketch (Apache DataSketches) of the FLOAT values, as BINARY; {@code k}
   * (8 to 65535, 200 by default) trades size for accuracy. Query it with {@code
   * kll_sketch_get_quantile_float}. Takes the column by name.
   */
  public static Column kll_sketch_agg_float(String columnName) {
    return kll_sketch_agg_float(col(columnName));
  }

  /** The kurtosis. */
  public static Column kurtosis(Column e) {
    return Column.fn("kurtosis", e);
  }

  /** The kurtosis. Of the column called {@code columnName}. */
  public static Column kurtosis(String columnName) {
    return kurtosis(col(columnName));
  }

  /** The last value in the group; with {@code ignoreNulls}, the last non-null one. */
  public static Column last(Column e, boolean ignoreNulls) {
    return Column.fn("last", e, ignoreNulls);
  }

  /** The last value in the group. */
  public static Column last(Column e) {
    return last(e, false);
  }

  /** The last value of the named column in the group. */
  public static Column last(String columnName) {
    return last(col(columnName));
  }

  /** The last value of the named column; with {@code ignoreNulls}, the last non-null one. */
  public static Column last(String columnName, boolean ignoreNulls) {
    return last(col(columnName), ignoreNulls);
  }

  /** The last value in the group. */
  public static Column last_value(Column e) {
    return Column.fn("last_value", e);
  }

  /** The last value in the group, skipping nulls where {@code ignoreNulls} is true. */
  public static Column last_value(Column e, Column ignoreNulls) {
    return Column.fn("last_value", e, ignoreNulls);
  }

  /**
   * Aggregate: the non-null values concatenated into one string, separated by {@code delimiter} (none
   * by default).
   */
  public static Column listagg(Column e) {
    return Column.fn("listagg", e);
  }

  /**
   * Aggregate: the non-null values concatenated into one string, separated by {@code delimiter} (none
   * by default).
   */
  public static Column listagg(Column e, Column delimiter) {
    return Column.fn("listagg", e, delimiter);
  }

  /** Aggregate: the distinct non-null values concatenated into one string. */
  public static Column listagg_distinct(Column e) {
    return distinctFn("listagg", e);
  }

  /** Aggregate: the distinct non-null values concatenated into one string, separated by {@code delimiter}. */
  public static Column listagg_distinct(Column e, Column delimiter) {
    return distinctFn("listagg", e, delimiter);
  }

  /** The largest value. */
  public static Column max(Column e) {
    return Column.fn("max", e);
  }

  /** The largest value. Of the column called {@code columnName}. */
  public static Column max(String columnName) {
    return max(col(columnName));
  }

  /** The value of {@code e} where {@code ord} is largest. */
  public static Column max_by(Column e, Column ord) {
    return Column.fn("max_by", e, ord);
  }

  /**
   * Aggregate: the value of {@code e} at the row with the largest {@code ord}; with {@code k}, an array
   * of the values at the {@code k} largest.
   */
  public static Column max_by(Column e, Column ord, int k) {
    return Column.fn("max_by", e, ord, lit(k));
  }

  /**
   * Aggregate: the value of {@code e} at the row with the largest {@code ord}; with {@code k}, an array
   * of the values at the {@code k} largest.
   */
  public static Column max_by(Column e, Column ord, Column k) {
    return Column.fn("max_by", e, ord, k);
  }

  /** The average; the same as avg. */
  public static Column mean(Column e) {
    return Column.fn("avg", e);
  }

  /** The average; the same as avg. Of the column called {@code columnName}. */
  public static Column mean(String columnName) {
    return mean(col(columnName));
  }

  /** The median. */
  public static Column median(Column e) {
    return Column.fn("median", e);
  }

  /** The smallest value. */
  public static Column min(Column e) {
    return Column.fn("min", e);
  }

  /** The smallest value. Of the column called {@code columnName}. */
  public static Column min(String columnName) {
    return min(col(columnName));
  }

  /** The value of {@code e} where {@code ord} is smallest. */
  public static Column min_by(Column e, Column ord) {
    return Column.fn("min_by", e, ord);
  }

  /**
   * Aggregate: the value of {@code e} at the row with the smallest {@code ord}; with {@code k}, an
   * array of the values at the {@code k} smallest.
   */
  public static Column min_by(Column e, Column ord, int k) {
    return Column.fn("min_by", e, ord, lit(k));
  }

  /**
   * Aggregate: the value of {@code e} at the row with the smallest {@code ord}; with {@code k}, an
   * array of the values at the {@code k} smallest.
   */
  public static Column min_by(Column e, Column ord, Column k) {
    return Column.fn("min_by", e, ord, k);
  }

  /** The most frequent value. */
  public static Column mode(Column e) {
    return Column.fn("mode", e);
  }

  /**
   * Aggregate: the most frequent value; with {@code deterministic} ties go to the smallest value,
   * otherwise to any.
   */
  public static Column mode(Column e, boolean deterministic) {
    return Column.fn("mode", e, lit(deterministic));
  }

  /** The exact percentile(s) of a numeric column. */
  public static Column percentile(Column e, Column percentage) {
    return Column.fn("percentile", e, percentage);
  }

  /** The exact percentile(s), each value counted {@code frequency} times. */
  public static Column percentile(Column e, Column percentage, Column frequency) {
    return Column.fn("percentile", e, percentage, frequency);
  }

  /** The approximate percentile(s), with accuracy {@code accuracy}. */
  public static Column percentile_approx(Column e, Column percentage, Column accuracy) {
    return Column.fn("percentile_approx", e, percentage, accuracy);
  }

  /** The product. */
  public static Column product(Column e) {
    return Column.internalFn("product", e);
  }

  /** The linear regression aggregate regr_avgx of dependent {@code y} on independent {@code x}. */
  public static Column regr_avgx(Column y, Column x) {
    return Column.fn("regr_avgx", y, x);
  }

  /** The linear regression aggregate regr_avgy of dependent {@code y} on independent {@code x}. */
  public static Column regr_avgy(Column y, Column x) {
    return Column.fn("regr_avgy", y, x);
  }

  /** The linear regression aggregate regr_count of dependent {@code y} on independent {@code x}. */
  public static Column regr_count(Column y, Column x) {
    return Column.fn("regr_count", y, x);
  }

  /** The linear regression aggregate regr_intercept of dependent {@code y} on independent {@code x}. */
  public static Column regr_intercept(Column y, Column x) {
    return Column.fn("regr_intercept", y, x);
  }

  /** The linear regression aggregate regr_r2 of dependent {@code y} on independent {@code x}. */
  public static Column regr_r2(Column y, Column x) {
    return Column.fn("regr_r2", y, x);
  }

  /** The linear regression aggregate regr_slope of dependent {@code y} on independent {@code x}. */
  public static Column regr_slope(Column y, Column x) {
    return Column.fn("regr_slope", y, x);
  }

  /** The linear regression aggregate regr_sxx of dependent {@code y} on independent {@code x}. */
  public static Column regr_sxx(Column y, Column x) {
    return Column.fn("regr_sxx", y, x);
  }

  /** The linear regression aggregate regr_sxy of dependent {@code y} on independent {@code x}. */
  public static Column regr_sxy(Column y, Column x) {
    return Column.fn("regr_sxy", y, x);
  }

  /** The linear regression aggregate regr_syy of dependent {@code y} on independent {@code x}. */
  public static Column regr_syy(Column y, Column x) {
    return Column.fn("regr_syy", y, x);
  }

  /** The skewness. */
  public static Column skewness(Column e) {
    return Column.fn("skewness", e);
  }

  /** The skewness. Of the column called {@code columnName}. */
  public static Column skewness(String columnName) {
    return skewness(col(columnName));
  }

  /** Whether any value is true. */
  public static Column some(Column e) {
    return Column.fn("some", e);
  }

  /** The sample standard deviation. */
  public static Column std(Column e) {
    return Column.fn("std", e);
  }

  /** The sample standard deviation. */
  public static Column stddev(Column e) {
    return Column.fn("stddev", e);
  }

  /** The sample standard deviation. Of the column called {@code columnName}. */
  public static Column stddev(String columnName) {
    return stddev(col(columnName));
  }

  /** The population standard deviation. */
  public static Column stddev_pop(Column e) {
    return Column.fn("stddev_pop", e);
  }

  /** The population standard deviation. Of the column called {@code columnName}. */
  public static Column stddev_pop(String columnName) {
    return stddev_pop(col(columnName));
  }

  /** The sample standard deviation. */
  public static Column stddev_samp(Column e) {
    return Column.fn("stddev_samp", e);
  }

  /** The sample standard deviation. Of the column called {@code columnName}. */
  public static Column stddev_samp(String columnName) {
    return stddev_samp(col(columnName));
  }

  /**
   * Aggregate: the non-null values concatenated into one string, separated by {@code delimiter} (none
   * by default); the same as {@code listagg}.
   */
  public static Column string_agg(Column e) {
    return Column.fn("string_agg", e);
  }

  /**
   * Aggregate: the non-null values concatenated into one string, separated by {@code delimiter} (none
   * by default); the same as {@code listagg}.
   */
  public static Column string_agg(Column e, Column delimiter) {
    return Column.fn("string_agg", e, delimiter);
  }

  /** Aggregate: the distinct non-null values concatenated into one string; the same as {@code listagg_distinct}. */
  public static Column string_agg_distinct(Column e) {
    return distinctFn("string_agg", e);
  }

  /** Aggregate: the distinct non-null values concatenated, separated by {@code delimiter}; the same as {@code listagg_distinct}. */
  public static Column string_agg_distinct(Column e, Column delimiter) {
    return distinctFn("string_agg", e, delimiter);
  }

  /** The sum. */
  public static Column sum(Column e) {
    return Column.fn("sum", e);
  }

  /** The sum. Of the column called {@code columnName}. */
  public static Column sum(String columnName) {
    return sum(col(columnName));
  }

  /** The sum of distinct values. */
  public static Column sum_distinct(Column e) {
    return distinctFn("sum", e);
  }

  /** The sum of distinct values. */
  public static Column sumDistinct(Column e) {
    return distinctFn("sum", e);
  }

  /**
   * The sum of the distinct values of the named column.
   *
   * @deprecated use {@link #sum_distinct}, as Spark advises
   */
  @Deprecated
  public static Column sumDistinct(String columnName) {
    return sum_distinct(col(columnName));
  }

  /** Aggregate: the intersection of the column's Theta sketches, as BINARY. */
  public static Column theta_intersection_agg(Column e) {
    return Column.fn("theta_intersection_agg", e);
  }

  /** Aggregate: the intersection of the column's Theta sketches, as BINARY. Takes the column by name. */
  public static Column theta_intersection_agg(String columnName) {
    return theta_intersection_agg(col(columnName));
  }

  /**
   * Aggregate: a Theta sketch (Apache DataSketches) of the distinct values, as BINARY; {@code
   * lgNomEntries} (4 to 26, 12 by default) trades size for accuracy. Count it with {@code
   * theta_sketch_estimate}.
   */
  public static Column theta_sketch_agg(Column e, Column lgNomEntries) {
    return Column.fn("theta_sketch_agg", e, lgNomEntries);
  }

  /**
   * Aggregate: a Theta sketch (Apache DataSketches) of the distinct values, as BINARY; {@code
   * lgNomEntries} (4 to 26, 12 by default) trades size for accuracy. Count it with {@code
   * theta_sketch_estimate}.
   */
  public static Column theta_sketch_agg(Column e, int lgNomEntries) {
    return Column.fn("theta_sketch_agg", e, lit(lgNomEntries));
  }

  /**
   * Aggregate: a Theta sketch (Apache DataSketches) of the distinct values, as BINARY; {@code
   * lgNomEntries} (4 to 26, 12 by default) trades size for accuracy. Count it with {@code
   * theta_sketch_estimate}. Takes the column by name.
   */
  public static Column theta_sketch_agg(String columnName, int lgNomEntries) {
    return theta_sketch_agg(col(columnName), lgNomEntries);
  }

  /**
   * Aggregate: a Theta sketch (Apache DataSketches) of the distinct values, as BINARY; {@code
   * lgNomEntries} (4 to 26, 12 by default) trades size for accuracy. Count it with {@code
   * theta_sketch_estimate}.
   */
  public static Column theta_sketch_agg(Column e) {
    return Column.fn("theta_sketch_agg", e);
  }

  /**
   * Aggregate: a Theta sketch (Apache DataSketches) of the distinct values, as BINARY; {@code
   * lgNomEntries} (4 to 26, 12 by default) trades size for accuracy. Count it with {@code
   * theta_sketch_estimate}. Takes the column by name.
   */
  public static Column theta_sketch_agg(String columnName) {
    return theta_sketch_agg(col(columnName));
  }

  /** Aggregate: the union of the column's Theta sketches, as BINARY; {@code lgNomEntries} sets its size. */
  public static Column theta_union_agg(Column e, Column lgNomEntries) {
    return Column.fn("theta_union_agg", e, lgNomEntries);
  }

  /** Aggregate: the union of the column's Theta sketches, as BINARY; {@code lgNomEntries} sets its size. */
  public static Column theta_union_agg(Column e, int lgNomEntries) {
    return Column.fn("theta_union_agg", e, lit(lgNomEntries));
  }

  /**
   * Aggregate: the union of the column's Theta sketches, as BINARY; {@code lgNomEntries} sets its size.
   * Takes the column by name.
   */
  public static Column theta_union_agg(String columnName, int lgNomEntries) {
    return theta_union_agg(col(columnName), lgNomEntries);
  }

  /** Aggregate: the union of the column's Theta sketches, as BINARY; {@code lgNomEntries} sets its size. */
  public static Column theta_union_agg(Column e) {
    return Column.fn("theta_union_agg", e);
  }

  /**
   * Aggregate: the union of the column's Theta sketches, as BINARY; {@code lgNomEntries} sets its size.
   * Takes the column by name.
   */
  public static Column theta_union_agg(String columnName) {
    return theta_union_agg(col(columnName));
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (DOUBLE summaries): the keys present in
   * all of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine.
   */
  public static Column tuple_intersection_agg_double(Column e, Column mode) {
    return Column.fn("tuple_intersection_agg_double", e, mode);
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (DOUBLE summaries): the keys present in
   * all of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine.
   */
  public static Column tuple_intersection_agg_double(Column e, String mode) {
    return Column.fn("tuple_intersection_agg_double", e, lit(mode));
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (DOUBLE summaries): the keys present in
   * all of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine. Takes the column
   * by name.
   */
  public static Column tuple_intersection_agg_double(String columnName, String mode) {
    return tuple_intersection_agg_double(col(columnName), mode);
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (DOUBLE summaries): the keys present in
   * all of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine.
   */
  public static Column tuple_intersection_agg_double(Column e) {
    return Column.fn("tuple_intersection_agg_double", e);
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (DOUBLE summaries): the keys present in
   * all of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine. Takes the column
   * by name.
   */
  public static Column tuple_intersection_agg_double(String columnName) {
    return tuple_intersection_agg_double(col(columnName));
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (INT summaries): the keys present in all
   * of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine.
   */
  public static Column tuple_intersection_agg_integer(Column e, Column mode) {
    return Column.fn("tuple_intersection_agg_integer", e, mode);
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (INT summaries): the keys present in all
   * of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine.
   */
  public static Column tuple_intersection_agg_integer(Column e, String mode) {
    return Column.fn("tuple_intersection_agg_integer", e, lit(mode));
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (INT summaries): the keys present in all
   * of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine. Takes the column by
   * name.
   */
  public static Column tuple_intersection_agg_integer(String columnName, String mode) {
    return tuple_intersection_agg_integer(col(columnName), mode);
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (INT summaries): the keys present in all
   * of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine.
   */
  public static Column tuple_intersection_agg_integer(Column e) {
    return Column.fn("tuple_intersection_agg_integer", e);
  }

  /**
   * Aggregate: the intersection of the column's Tuple sketches (INT summaries): the keys present in all
   * of them; {@code mode} (sum, min, max, alwaysone) says how summaries combine. Takes the column by
   * name.
   */
  public static Column tuple_intersection_agg_integer(String columnName) {
    return tuple_intersection_agg_integer(col(columnName));
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a DOUBLE summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine.
   */
  public static Column tuple_sketch_agg_double(Column key, Column summary, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_sketch_agg_double", key, summary, lgNomEntries, mode);
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a DOUBLE summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine.
   */
  public static Column tuple_sketch_agg_double(Column key, Column summary, int lgNomEntries, String mode) {
    return Column.fn("tuple_sketch_agg_double", key, summary, lit(lgNomEntries), lit(mode));
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a DOUBLE summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine. Takes the columns by name.
   */
  public static Column tuple_sketch_agg_double(String keyColumnName, String summaryColumnName, int lgNomEntries, String mode) {
    return tuple_sketch_agg_double(col(keyColumnName), col(summaryColumnName), lgNomEntries, mode);
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a DOUBLE summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine.
   */
  public static Column tuple_sketch_agg_double(Column key, Column summary, int lgNomEntries) {
    return Column.fn("tuple_sketch_agg_double", key, summary, lit(lgNomEntries));
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a DOUBLE summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine. Takes the columns by name.
   */
  public static Column tuple_sketch_agg_double(String keyColumnName, String summaryColumnName, int lgNomEntries) {
    return tuple_sketch_agg_double(col(keyColumnName), col(summaryColumnName), lgNomEntries);
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a DOUBLE summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine.
   */
  public static Column tuple_sketch_agg_double(Column key, Column summary) {
    return Column.fn("tuple_sketch_agg_double", key, summary);
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a DOUBLE summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine. Takes the columns by name.
   */
  public static Column tuple_sketch_agg_double(String keyColumnName, String summaryColumnName) {
    return tuple_sketch_agg_double(col(keyColumnName), col(summaryColumnName));
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a INT summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine.
   */
  public static Column tuple_sketch_agg_integer(Column key, Column summary, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_sketch_agg_integer", key, summary, lgNomEntries, mode);
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a INT summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine.
   */
  public static Column tuple_sketch_agg_integer(Column key, Column summary, int lgNomEntries, String mode) {
    return Column.fn("tuple_sketch_agg_integer", key, summary, lit(lgNomEntries), lit(mode));
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a INT summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine. Takes the columns by name.
   */
  public static Column tuple_sketch_agg_integer(String keyColumnName, String summaryColumnName, int lgNomEntries, String mode) {
    return tuple_sketch_agg_integer(col(keyColumnName), col(summaryColumnName), lgNomEntries, mode);
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a INT summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine.
   */
  public static Column tuple_sketch_agg_integer(Column key, Column summary, int lgNomEntries) {
    return Column.fn("tuple_sketch_agg_integer", key, summary, lit(lgNomEntries));
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a INT summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine. Takes the columns by name.
   */
  public static Column tuple_sketch_agg_integer(String keyColumnName, String summaryColumnName, int lgNomEntries) {
    return tuple_sketch_agg_integer(col(keyColumnName), col(summaryColumnName), lgNomEntries);
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a INT summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine.
   */
  public static Column tuple_sketch_agg_integer(Column key, Column summary) {
    return Column.fn("tuple_sketch_agg_integer", key, summary);
  }

  /**
   * Aggregate: a Tuple sketch (Apache DataSketches) of distinct keys, each with a INT summary of its
   * values, as BINARY; {@code lgNomEntries} (4 to 26, 12 by default) sets its size and {@code mode}
   * (sum, min, max, alwaysone; sum by default) how summaries combine. Takes the columns by name.
   */
  public static Column tuple_sketch_agg_integer(String keyColumnName, String summaryColumnName) {
    return tuple_sketch_agg_integer(col(keyColumnName), col(summaryColumnName));
  }

  /**
   * Aggregate: the column's Tuple sketches (DOUBLE summaries) united into one; {@code lgNomEntries}
   * sets its size and {@code mode} (sum, min, max, alwaysone) how summaries combine.
   */
  public static Column tuple_union_agg_double(Column e, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_agg_double", e, lgNomEntries, mode);
  }

  /**
   * Aggregate: the column's Tuple sketches (DOUBLE summaries) united into one; {@code lgNomEntries}
   * sets its size and {@code mode} (sum, min, max, alwaysone) how summaries combine.
   */
  public static Column tuple_union_agg_double(Column e, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_agg_double", e, lit(lgNomEntries), lit(mode));
  }

  /**
   * Aggregate: the column's Tuple sketches (DOUBLE summaries) united into one; {@code lgNomEntries}
   * sets its size and {@code mode} (sum, min, max, alwaysone) how summaries combine. Takes the column
   * by name.
   */
  public static Column tuple_union_agg_double(String columnName, int lgNomEntries, String mode) {
    return tuple_union_agg_double(col(columnName), lgNomEntries, mode);
  }

  /**
   * Aggregate: the column's Tuple sketches (DOUBLE summaries) united into one; {@code lgNomEntries}
   * sets its size and {@code mode} (sum, min, max, alwaysone) how summaries combine.
   */
  public static Column tuple_union_agg_double(Column e, int lgNomEntries) {
    return Column.fn("tuple_union_agg_double", e, lit(lgNomEntries));
  }

  /**
   * Aggregate: the column's Tuple sketches (DOUBLE summaries) united into one; {@code lgNomEntries}
   * sets its size and {@code mode} (sum, min, max, alwaysone) how summaries combine. Takes the column
   * by name.
   */
  public static Column tuple_union_agg_double(String columnName, int lgNomEntries) {
    return tuple_union_agg_double(col(columnName), lgNomEntries);
  }

  /**
   * Aggregate: the column's Tuple sketches (DOUBLE summaries) united into one; {@code lgNomEntries}
   * sets its size and {@code mode} (sum, min, max, alwaysone) how summaries combine.
   */
  public static Column tuple_union_agg_double(Column e) {
    return Column.fn("tuple_union_agg_double", e);
  }

  /**
   * Aggregate: the column's Tuple sketches (DOUBLE summaries) united into one; {@code lgNomEntries}
   * sets its size and {@code mode} (sum, min, max, alwaysone) how summaries combine. Takes the column
   * by name.
   */
  public static Column tuple_union_agg_double(String columnName) {
    return tuple_union_agg_double(col(columnName));
  }

  /**
   * Aggregate: the column's Tuple sketches (INT summaries) united into one; {@code lgNomEntries} sets
   * its size and {@code mode} (sum, min, max, alwaysone) how summaries combine.
   */
  public static Column tuple_union_agg_integer(Column e, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_agg_integer", e, lgNomEntries, mode);
  }

  /**
   * Aggregate: the column's Tuple sketches (INT summaries) united into one; {@code lgNomEntries} sets
   * its size and {@code mode} (sum, min, max, alwaysone) how summaries combine.
   */
  public static Column tuple_union_agg_integer(Column e, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_agg_integer", e, lit(lgNomEntries), lit(mode));
  }

  /**
   * Aggregate: the column's Tuple sketches (INT summaries) united into one; {@code lgNomEntries} sets
   * its size and {@code mode} (sum, min, max, alwaysone) how summaries combine. Takes the column by
   * name.
   */
  public static Column tuple_union_agg_integer(String columnName, int lgNomEntries, String mode) {
    return tuple_union_agg_integer(col(columnName), lgNomEntries, mode);
  }

  /**
   * Aggregate: the column's Tuple sketches (INT summaries) united into one; {@code lgNomEntries} sets
   * its size and {@code mode} (sum, min, max, alwaysone) how summaries combine.
   */
  public static Column tuple_union_agg_integer(Column e, int lgNomEntries) {
    return Column.fn("tuple_union_agg_integer", e, lit(lgNomEntries));
  }

  /**
   * Aggregate: the column's Tuple sketches (INT summaries) united into one; {@code lgNomEntries} sets
   * its size and {@code mode} (sum, min, max, alwaysone) how summaries combine. Takes the column by
   * name.
   */
  public static Column tuple_union_agg_integer(String columnName, int lgNomEntries) {
    return tuple_union_agg_integer(col(columnName), lgNomEntries);
  }

  /**
   * Aggregate: the column's Tuple sketches (INT summaries) united into one; {@code lgNomEntries} sets
   * its size and {@code mode} (sum, min, max, alwaysone) how summaries combine.
   */
  public static Column tuple_union_agg_integer(Column e) {
    return Column.fn("tuple_union_agg_integer", e);
  }

  /**
   * Aggregate: the column's Tuple sketches (INT summaries) united into one; {@code lgNomEntries} sets
   * its size and {@code mode} (sum, min, max, alwaysone) how summaries combine. Takes the column by
   * name.
   */
  public static Column tuple_union_agg_integer(String columnName) {
    return tuple_union_agg_integer(col(columnName));
  }

  /** The population variance. */
  public static Column var_pop(Column e) {
    return Column.fn("var_pop", e);
  }

  /** The population variance. Of the column called {@code columnName}. */
  public static Column var_pop(String columnName) {
    return var_pop(col(columnName));
  }

  /** The sample variance. */
  public static Column var_samp(Column e) {
    return Column.fn("var_samp", e);
  }

  /** The sample variance. Of the column called {@code columnName}. */
  public static Column var_samp(String columnName) {
    return var_samp(col(columnName));
  }

  /** The sample variance. */
  public static Column variance(Column e) {
    return Column.fn("variance", e);
  }

  /** The sample variance. Of the column called {@code columnName}. */
  public static Column variance(String columnName) {
    return variance(col(columnName));
  }

  // ---- Date and Timestamp functions (Spark's group datetime_funcs)

  /** The date months months later. */
  public static Column add_months(Column start, int months) {
    return Column.fn("add_months", start, months);
  }

  /**
   * The date months months later. Spark's overload with {@code startDate} as a column, {@code
   * numMonths} as a column.
   */
  public static Column add_months(Column startDate, Column numMonths) {
    return Column.fn("add_months", startDate, numMonths);
  }

  /** The local timestamp moved from one time zone to another. */
  public static Column convert_timezone(Column sourceTz, Column targetTz, Column sourceTs) {
    return Column.fn("convert_timezone", sourceTz, targetTz, sourceTs);
  }

  /** The local timestamp moved from the session time zone to targetTz. */
  public static Column convert_timezone(Column targetTz, Column sourceTs) {
    return Column.fn("convert_timezone", targetTz, sourceTs);
  }

  /** Today's date. */
  public static Column curdate() {
    return Column.fn("curdate");
  }

  /** Today's date, in the session time zone. */
  public static Column current_date() {
    return Column.fn("current_date");
  }

  /**
   * The current TIME of day at the start of the query, to {@code precision} fractional digits of a
   * second (6 by default).
   */
  public static Column current_time() {
    return Column.fn("current_time");
  }

  /**
   * The current TIME of day at the start of the query, to {@code precision} fractional digits of a
   * second (6 by default).
   */
  public static Column current_time(int precision) {
    return Column.fn("current_time", lit(precision));
  }

  /** The current timestamp. */
  public static Column current_timestamp() {
    return Column.fn("current_timestamp");
  }

  /** The session's time zone. */
  public static Column current_timezone() {
    return Column.fn("current_timezone");
  }

  /** The date {@code days} days after {@code start}. */
  public static Column date_add(Column start, int days) {
    return Column.fn("date_add", start, days);
  }

  /**
   * The date {@code days} days after {@code start}. Spark's overload with {@code start} as a column,
   * {@code days} as a column.
   */
  public static Column date_add(Column start, Column days) {
    return Column.fn("date_add", start, days);
  }

  /** The number of days from start to end. */
  public static Column date_diff(Column end, Column start) {
    return Column.fn("date_diff", end, start);
  }

  /** The date or timestamp formatted with a datetime pattern. */
  public static Column date_format(Column dateExpr, String format) {
    return Column.fn("date_format", dateExpr, format);
  }

  /** The date of a day number. */
  public static Column date_from_unix_date(Column e) {
    return Column.fn("date_from_unix_date", e);
  }

  /** A field (year, month, ...) of a date or timestamp. */
  public static Column date_part(Column field, Column source) {
    return Column.fn("date_part", field, source);
  }

  /** The date {@code days} days before {@code start}. */
  public static Column date_sub(Column start, int days) {
    return Column.fn("date_sub", start, days);
  }

  /**
   * The date {@code days} days before {@code start}. Spark's overload with {@code start} as a column,
   * {@code days} as a column.
   */
  public static Column date_sub(Column start, Column days) {
    return Column.fn("date_sub", start, days);
  }

  /** The timestamp truncated to the unit of format. */
  public static Column date_trunc(String format, Column timestamp) {
    return Column.fn("date_trunc", format, timestamp);
  }

  /** The date days days later. */
  public static Column dateadd(Column start, Column days) {
    return Column.fn("dateadd", start, days);
  }

  /** The number of days from {@code start} to {@code end}. */
  public static Column datediff(Column end, Column start) {
    return Column.fn("datediff", end, start);
  }

  /** A field (year, month, ...) of a date or timestamp. */
  public static Column datepart(Column field, Column source) {
    return Column.fn("datepart", field, source);
  }

  /** The day of the month. */
  public static Column day(Column e) {
    return Column.fn("day", e);
  }

  /** The three-letter day name. */
  public static Column dayname(Column e) {
    return Column.fn("dayname", e);
  }

  /** The day of the month. */
  public static Column dayofmonth(Column e) {
    return Column.fn("dayofmonth", e);
  }

  /** The day of the month. Of the column called {@code columnName}. */
  public static Column dayofmonth(String columnName) {
    return dayofmonth(col(columnName));
  }

  /** The day of the week, 1 (Sunday) to 7. */
  public static Column dayofweek(Column e) {
    return Column.fn("dayofweek", e);
  }

  /** The day of the week, 1 (Sunday) to 7. Of the column called {@code columnName}. */
  public static Column dayofweek(String columnName) {
    return dayofweek(col(columnName));
  }

  /** The day of the year. */
  public static Column dayofyear(Column e) {
    return Column.fn("dayofyear", e);
  }

  /** The day of the year. Of the column called {@code columnName}. */
  public static Column dayofyear(String columnName) {
    return dayofyear(col(columnName));
  }

  /** A field (year, month, ...) of a date or timestamp. */
  public static Column extract(Column field, Column source) {
    return Column.fn("extract", field, source);
  }

  /** Seconds since the epoch as a timestamp string. */
  public static Column from_unixtime(Column ut) {
    return Column.fn("from_unixtime", ut);
  }

  /** Seconds since the epoch formatted with format. */
  public static Column from_unixtime(Column ut, String format) {
    return Column.fn("from_unixtime", ut, format);
  }

  /** The UTC timestamp as local time in tz. */
  public static Column from_utc_timestamp(Column ts, String tz) {
    return Column.fn("from_utc_timestamp", ts, tz);
  }

  /**
   * The UTC timestamp as local time in tz. Spark's overload with {@code ts} as a column, {@code tz} as
   * a column.
   */
  public static Column from_utc_timestamp(Column ts, Column tz) {
    return Column.fn("from_utc_timestamp", ts, tz);
  }

  /** The hour. */
  public static Column hour(Column e) {
    return Column.fn("hour", e);
  }

  /** The hour. Of the column called {@code columnName}. */
  public static Column hour(String columnName) {
    return hour(col(columnName));
  }

  /** The last day of the month. */
  public static Column last_day(Column e) {
    return Column.fn("last_day", e);
  }

  /** The last day of the month. Of the column called {@code columnName}. */
  public static Column last_day(String columnName) {
    return last_day(col(columnName));
  }

  /** The current local timestamp without time zone. */
  public static Column localtimestamp() {
    return Column.fn("localtimestamp");
  }

  /** The date of its fields. */
  public static Column make_date(Column year, Column month, Column day) {
    return Column.fn("make_date", year, month, day);
  }

  /** A day-time interval. */
  public static Column make_dt_interval() {
    return Column.fn("make_dt_interval");
  }

  /** A day-time interval. */
  public static Column make_dt_interval(Column days) {
    return Column.fn("make_dt_interval", days);
  }

  /** A day-time interval. */
  public static Column make_dt_interval(Column days, Column hours) {
    return Column.fn("make_dt_interval", days, hours);
  }

  /** A day-time interval. */
  public static Column make_dt_interval(Column days, Column hours, Column mins) {
    return Column.fn("make_dt_interval", days, hours, mins);
  }

  /** A day-time interval. */
  public static Column make_dt_interval(Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_dt_interval", days, hours, mins, secs);
  }

  /** A calendar interval. */
  public static Column make_interval() {
    return Column.fn("make_interval");
  }

  /** A calendar interval. */
  public static Column make_interval(Column years) {
    return Column.fn("make_interval", years);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months) {
    return Column.fn("make_interval", years, months);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks) {
    return Column.fn("make_interval", years, months, weeks);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks, Column days) {
    return Column.fn("make_interval", years, months, weeks, days);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks, Column days, Column hours) {
    return Column.fn("make_interval", years, months, weeks, days, hours);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks, Column days, Column hours, Column mins) {
    return Column.fn("make_interval", years, months, weeks, days, hours, mins);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_interval", years, months, weeks, days, hours, mins, secs);
  }

  /** The TIME of day from its hour, minute and (fractional) second. */
  public static Column make_time(Column hour, Column minute, Column second) {
    return Column.fn("make_time", hour, minute, second);
  }

  /** A timestamp of its fields. */
  public static Column make_timestamp(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_timestamp", years, months, days, hours, mins, secs);
  }

  /** A timestamp of its fields in timezone. */
  public static Column make_timestamp(Column years, Column months, Column days, Column hours, Column mins, Column secs, Column timezone) {
    return Column.fn("make_timestamp", years, months, days, hours, mins, secs, timezone);
  }

  /** The TIMESTAMP of a DATE and a TIME, in {@code timezone} (the session's by default). */
  public static Column make_timestamp(Column date, Column time, Column timezone) {
    return Column.fn("make_timestamp", date, time, timezone);
  }

  /** The TIMESTAMP of a DATE and a TIME, in {@code timezone} (the session's by default). */
  public static Column make_timestamp(Column date, Column time) {
    return Column.fn("make_timestamp", date, time);
  }

  /** A timestamp of its fields. */
  public static Column make_timestamp_ltz(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_timestamp_ltz", years, months, days, hours, mins, secs);
  }

  /** A timestamp of its fields in timezone. */
  public static Column make_timestamp_ltz(Column years, Column months, Column days, Column hours, Column mins, Column secs, Column timezone) {
    return Column.fn("make_timestamp_ltz", years, months, days, hours, mins, secs, timezone);
  }

  /** A timestamp without time zone of its fields. */
  public static Column make_timestamp_ntz(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_timestamp_ntz", years, months, days, hours, mins, secs);
  }

  /** The TIMESTAMP_NTZ of a DATE and a TIME. */
  public static Column make_timestamp_ntz(Column date, Column time) {
    return Column.fn("make_timestamp_ntz", date, time);
  }

  /** A year-month interval. */
  public static Column make_ym_interval() {
    return Column.fn("make_ym_interval");
  }

  /** A year-month interval. */
  public static Column make_ym_interval(Column years) {
    return Column.fn("make_ym_interval", years);
  }

  /** A year-month interval. */
  public static Column make_ym_interval(Column years, Column months) {
    return Column.fn("make_ym_interval", years, months);
  }

  /** The minute. */
  public static Column minute(Column e) {
    return Column.fn("minute", e);
  }

  /** The minute. Of the column called {@code columnName}. */
  public static Column minute(String columnName) {
    return minute(col(columnName));
  }

  /** The month, 1 to 12. */
  public static Column month(Column e) {
    return Column.fn("month", e);
  }

  /** The month, 1 to 12. Of the column called {@code columnName}. */
  public static Column month(String columnName) {
    return month(col(columnName));
  }

  /** The three-letter month name. */
  public static Column monthname(Column e) {
    return Column.fn("monthname", e);
  }

  /** The months between two dates. */
  public static Column months_between(Column end, Column start) {
    return Column.fn("months_between", end, start);
  }

  /** The months between two dates, rounded to 8 digits if roundOff. */
  public static Column months_between(Column end, Column start, boolean roundOff) {
    return Column.fn("months_between", end, start, roundOff);
  }

  /** The first date after date that is on dayOfWeek. */
  public static Column next_day(Column date, String dayOfWeek) {
    return Column.fn("next_day", date, dayOfWeek);
  }

  /**
   * The first date after date that is on dayOfWeek. Spark's overload with {@code date} as a column,
   * {@code dayOfWeek} as a column.
   */
  public static Column next_day(Column date, Column dayOfWeek) {
    return Column.fn("next_day", date, dayOfWeek);
  }

  /** The current timestamp. */
  public static Column now() {
    return Column.fn("now");
  }

  /** The quarter, 1 to 4. */
  public static Column quarter(Column e) {
    return Column.fn("quarter", e);
  }

  /** The quarter, 1 to 4. Of the column called {@code columnName}. */
  public static Column quarter(String columnName) {
    return quarter(col(columnName));
  }

  /** The second. */
  public static Column second(Column e) {
    return Column.fn("second", e);
  }

  /** The second. Of the column called {@code columnName}. */
  public static Column second(String columnName) {
    return second(col(columnName));
  }

  /** Session windows closed after gapDuration of inactivity. */
  public static Column session_window(Column timeColumn, String gapDuration) {
    return Column.fn("session_window", timeColumn, gapDuration);
  }

  /**
   * Session windows closed after gapDuration of inactivity. Spark's overload with {@code timeColumn} as
   * a column, {@code gapDuration} as a column.
   */
  public static Column session_window(Column timeColumn, Column gapDuration) {
    return Column.fn("session_window", timeColumn, gapDuration);
  }

  /**
   * The start of the fixed-size bucket of {@code bucketSize} (an interval) that contains {@code ts},
   * buckets aligned to {@code origin} (1970-01-01 00:00:00 by default).
   */
  public static Column time_bucket(Column bucketSize, Column ts) {
    return Column.fn("time_bucket", bucketSize, ts);
  }

  /**
   * The start of the fixed-size bucket of {@code bucketSize} (an interval) that contains {@code ts},
   * buckets aligned to {@code origin} (1970-01-01 00:00:00 by default).
   */
  public static Column time_bucket(Column bucketSize, Column ts, Column origin) {
    return Column.fn("time_bucket", bucketSize, ts, origin);
  }

  /** The difference between two TIMEs in {@code unit} (such as 'HOUR' or 'MINUTE'). */
  public static Column time_diff(Column unit, Column start, Column end) {
    return Column.fn("time_diff", unit, start, end);
  }

  /** The TIME of day that many microseconds after midnight. */
  public static Column time_from_micros(Column e) {
    return Column.fn("time_from_micros", e);
  }

  /** The TIME of day that many milliseconds after midnight. */
  public static Column time_from_millis(Column e) {
    return Column.fn("time_from_millis", e);
  }

  /** The TIME of day that many seconds after midnight. */
  public static Column time_from_seconds(Column e) {
    return Column.fn("time_from_seconds", e);
  }

  /** The microseconds since midnight of a TIME. */
  public static Column time_to_micros(Column e) {
    return Column.fn("time_to_micros", e);
  }

  /** The milliseconds since midnight of a TIME. */
  public static Column time_to_millis(Column e) {
    return Column.fn("time_to_millis", e);
  }

  /** The seconds since midnight of a TIME. */
  public static Column time_to_seconds(Column e) {
    return Column.fn("time_to_seconds", e);
  }

  /** The TIME truncated to {@code unit} (such as 'HOUR'). */
  public static Column time_trunc(Column unit, Column time) {
    return Column.fn("time_trunc", unit, time);
  }

  /** The timestamp plus quantity units. */
  public static Column timestamp_add(String unit, Column quantity, Column ts) {
    return Column.internalFn("timestampadd", unit, quantity, ts);
  }

  /** The difference of two timestamps in unit. */
  public static Column timestamp_diff(String unit, Column start, Column end) {
    return Column.internalFn("timestampdiff", unit, start, end);
  }

  /** The timestamp of microseconds since the epoch. */
  public static Column timestamp_micros(Column e) {
    return Column.fn("timestamp_micros", e);
  }

  /** The timestamp of milliseconds since the epoch. */
  public static Column timestamp_millis(Column e) {
    return Column.fn("timestamp_millis", e);
  }

  /** The timestamp of seconds since the epoch. */
  public static Column timestamp_seconds(Column e) {
    return Column.fn("timestamp_seconds", e);
  }

  /** The value as a date. */
  public static Column to_date(Column e) {
    return Column.fn("to_date", e);
  }

  /** The string parsed as a date with {@code format}. */
  public static Column to_date(Column e, String format) {
    return Column.fn("to_date", e, format);
  }

  /** The string parsed as a TIME of day, with a datetime {@code format} or the default one. */
  public static Column to_time(Column str) {
    return Column.fn("to_time", str);
  }

  /** The string parsed as a TIME of day, with a datetime {@code format} or the default one. */
  public static Column to_time(Column str, Column format) {
    return Column.fn("to_time", str, format);
  }

  /** The value as a timestamp. */
  public static Column to_timestamp(Column s) {
    return Column.fn("to_timestamp", s);
  }

  /** The string parsed as a timestamp with {@code format}. */
  public static Column to_timestamp(Column s, String format) {
    return Column.fn("to_timestamp", s, format);
  }

  /** The value as a TIMESTAMP. */
  public static Column to_timestamp_ltz(Column timestamp) {
    return Column.fn("to_timestamp_ltz", timestamp);
  }

  /** The string parsed as a TIMESTAMP with format. */
  public static Column to_timestamp_ltz(Column timestamp, Column format) {
    return Column.fn("to_timestamp_ltz", timestamp, format);
  }

  /** The value as a TIMESTAMP_NTZ. */
  public static Column to_timestamp_ntz(Column timestamp) {
    return Column.fn("to_timestamp_ntz", timestamp);
  }

  /** The string parsed as a TIMESTAMP_NTZ with format. */
  public static Column to_timestamp_ntz(Column timestamp, Column format) {
    return Column.fn("to_timestamp_ntz", timestamp, format);
  }

  /** The time in seconds since the epoch. */
  public static Column to_unix_timestamp(Column timeExp) {
    return Column.fn("to_unix_timestamp", timeExp);
  }

  /** The string parsed with format, in seconds since the epoch. */
  public static Column to_unix_timestamp(Column timeExp, Column format) {
    return Column.fn("to_unix_timestamp", timeExp, format);
  }

  /** The local time in tz as a UTC timestamp. */
  public static Column to_utc_timestamp(Column ts, String tz) {
    return Column.fn("to_utc_timestamp", ts, tz);
  }

  /**
   * The local time in tz as a UTC timestamp. Spark's overload with {@code ts} as a column, {@code tz}
   * as a column.
   */
  public static Column to_utc_timestamp(Column ts, Column tz) {
    return Column.fn("to_utc_timestamp", ts, tz);
  }

  /** The date truncated to the unit of format (year, month, week, quarter). */
  public static Column trunc(Column date, String format) {
    return Column.fn("trunc", date, format);
  }

  /** A calendar interval, or null on overflow. */
  public static Column try_make_interval(Column years) {
    return Column.fn("try_make_interval", years);
  }

  /** A calendar interval, or null on overflow. */
  public static Column try_make_interval(Column years, Column months) {
    return Column.fn("try_make_interval", years, months);
  }

  /** A calendar interval, or null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks) {
    return Column.fn("try_make_interval", years, months, weeks);
  }

  /** A calendar interval, or null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks, Column days) {
    return Column.fn("try_make_interval", years, months, weeks, days);
  }

  /** A calendar interval, or null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks, Column days, Column hours) {
    return Column.fn("try_make_interval", years, months, weeks, days, hours);
  }

  /** A calendar interval, or null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks, Column days, Column hours, Column mins) {
    return Column.fn("try_make_interval", years, months, weeks, days, hours, mins);
  }

  /** A calendar interval, or null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("try_make_interval", years, months, weeks, days, hours, mins, secs);
  }

  /** A timestamp of its fields. */
  public static Column try_make_timestamp(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("try_make_timestamp", years, months, days, hours, mins, secs);
  }

  /** A timestamp of its fields in timezone. */
  public static Column try_make_timestamp(Column years, Column months, Column days, Column hours, Column mins, Column secs, Column timezone) {
    return Column.fn("try_make_timestamp", years, months, days, hours, mins, secs, timezone);
  }

  /**
   * The TIMESTAMP of a DATE and a TIME, in {@code timezone} (the session's by default), or null where
   * they make none.
   */
  public static Column try_make_timestamp(Column date, Column time, Column timezone) {
    return Column.fn("try_make_timestamp", date, time, timezone);
  }

  /**
   * The TIMESTAMP of a DATE and a TIME, in {@code timezone} (the session's by default), or null where
   * they make none.
   */
  public static Column try_make_timestamp(Column date, Column time) {
    return Column.fn("try_make_timestamp", date, time);
  }

  /** A timestamp of its fields. */
  public static Column try_make_timestamp_ltz(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("try_make_timestamp_ltz", years, months, days, hours, mins, secs);
  }

  /** A timestamp of its fields in timezone. */
  public static Column try_make_timestamp_ltz(Column years, Column months, Column days, Column hours, Column mins, Column secs, Column timezone) {
    return Column.fn("try_make_timestamp_ltz", years, months, days, hours, mins, secs, timezone);
  }

  /** A timestamp without time zone of its fields. */
  public static Column try_make_timestamp_ntz(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("try_make_timestamp_ntz", years, months, days, hours, mins, secs);
  }

  /** The TIMESTAMP_NTZ of a DATE and a TIME, or null where they make none. */
  public static Column try_make_timestamp_ntz(Column date, Column time) {
    return Column.fn("try_make_timestamp_ntz", date, time);
  }

  /** The value as a date, or null. */
  public static Column try_to_date(Column e) {
    return Column.fn("try_to_date", e);
  }

  /** The string parsed as a date with format, or null. */
  public static Column try_to_date(Column e, String format) {
    return Column.fn("try_to_date", e, format);
  }

  /** The string parsed as a TIME of day, or null where it does not parse. */
  public static Column try_to_time(Column str) {
    return Column.fn("try_to_time", str);
  }

  /** The string parsed as a TIME of day, or null where it does not parse. */
  public static Column try_to_time(Column str, Column format) {
    return Column.fn("try_to_time", str, format);
  }

  /** The string parsed as a timestamp, or null. */
  public static Column try_to_timestamp(Column s, Column format) {
    return Column.fn("try_to_timestamp", s, format);
  }

  /** The value as a timestamp, or null. */
  public static Column try_to_timestamp(Column s) {
    return Column.fn("try_to_timestamp", s);
  }

  /** Days since 1970-01-01. */
  public static Column unix_date(Column e) {
    return Column.fn("unix_date", e);
  }

  /** Microseconds since the epoch. */
  public static Column unix_micros(Column e) {
    return Column.fn("unix_micros", e);
  }

  /** Milliseconds since the epoch. */
  public static Column unix_millis(Column e) {
    return Column.fn("unix_millis", e);
  }

  /** Seconds since the epoch. */
  public static Column unix_seconds(Column e) {
    return Column.fn("unix_seconds", e);
  }

  /** The current time in seconds since the epoch. */
  public static Column unix_timestamp() {
    return Column.fn("unix_timestamp", current_timestamp());
  }

  /** The time in seconds since the epoch. */
  public static Column unix_timestamp(Column s) {
    return Column.fn("unix_timestamp", s);
  }

  /** The string parsed with format, in seconds since the epoch. */
  public static Column unix_timestamp(Column s, String format) {
    return Column.fn("unix_timestamp", s, format);
  }

  /** The day of the week, 0 (Monday) to 6. */
  public static Column weekday(Column e) {
    return Column.fn("weekday", e);
  }

  /** The ISO week of the year. */
  public static Column weekofyear(Column e) {
    return Column.fn("weekofyear", e);
  }

  /** The ISO week of the year. Of the column called {@code columnName}. */
  public static Column weekofyear(String columnName) {
    return weekofyear(col(columnName));
  }

  /** Tumbling time windows of windowDuration. */
  public static Column window(Column timeColumn, String windowDuration) {
    return Column.fn("window", timeColumn, windowDuration, windowDuration, "0 second");
  }

  /** Sliding time windows. */
  public static Column window(Column timeColumn, String windowDuration, String slideDuration) {
    return Column.fn("window", timeColumn, windowDuration, slideDuration, "0 second");
  }

  /** Sliding time windows, offset by startTime. */
  public static Column window(Column timeColumn, String windowDuration, String slideDuration, String startTime) {
    return Column.fn("window", timeColumn, windowDuration, slideDuration, startTime);
  }

  /** The end time of a time window, minus a microsecond. */
  public static Column window_time(Column windowColumn) {
    return Column.fn("window_time", windowColumn);
  }

  /** The year. */
  public static Column year(Column e) {
    return Column.fn("year", e);
  }

  /** The year. Of the column called {@code columnName}. */
  public static Column year(String columnName) {
    return year(col(columnName));
  }

  // ---- Sort functions (Spark's group sort_funcs)

  /** A sort expression: the named column ascending. */
  public static Column asc(String columnName) {
    return col(columnName).asc();
  }

  /** A sort expression: the named column ascending, nulls first. */
  public static Column asc_nulls_first(String columnName) {
    return col(columnName).asc_nulls_first();
  }

  /** A sort expression: the named column ascending, nulls last. */
  public static Column asc_nulls_last(String columnName) {
    return col(columnName).asc_nulls_last();
  }

  /** A sort expression: the named column descending. */
  public static Column desc(String columnName) {
    return col(columnName).desc();
  }

  /** A sort expression: the named column descending, nulls first. */
  public static Column desc_nulls_first(String columnName) {
    return col(columnName).desc_nulls_first();
  }

  /** A sort expression: the named column descending, nulls last. */
  public static Column desc_nulls_last(String columnName) {
    return col(columnName).desc_nulls_last();
  }

  // ---- Mathematical functions (Spark's group math_funcs)

  /** The absolute value. */
  public static Column abs(Column e) {
    return Column.fn("abs", e);
  }

  /** The absolute value. Of the column called {@code columnName}. */
  public static Column abs(String columnName) {
    return abs(col(columnName));
  }

  /** The arc cosine, in radians. */
  public static Column acos(Column e) {
    return Column.fn("acos", e);
  }

  /** The arc cosine, in radians. Of the column called {@code columnName}. */
  public static Column acos(String columnName) {
    return acos(col(columnName));
  }

  /** The inverse hyperbolic cosine. */
  public static Column acosh(Column e) {
    return Column.fn("acosh", e);
  }

  /** The inverse hyperbolic cosine. Of the column called {@code columnName}. */
  public static Column acosh(String columnName) {
    return acosh(col(columnName));
  }

  /** The arc sine, in radians. */
  public static Column asin(Column e) {
    return Column.fn("asin", e);
  }

  /** The arc sine, in radians. Of the column called {@code columnName}. */
  public static Column asin(String columnName) {
    return asin(col(columnName));
  }

  /** The inverse hyperbolic sine. */
  public static Column asinh(Column e) {
    return Column.fn("asinh", e);
  }

  /** The inverse hyperbolic sine. Of the column called {@code columnName}. */
  public static Column asinh(String columnName) {
    return asinh(col(columnName));
  }

  /** The arc tangent, in radians. */
  public static Column atan(Column e) {
    return Column.fn("atan", e);
  }

  /** The arc tangent, in radians. Of the column called {@code columnName}. */
  public static Column atan(String columnName) {
    return atan(col(columnName));
  }

  /** The angle of the point (x, y), in radians. */
  public static Column atan2(Column y, Column x) {
    return Column.fn("atan2", y, x);
  }

  /** The angle of the point (x, y). */
  public static Column atan2(Column y, String xName) {
    return Column.fn("atan2", y, col(xName));
  }

  /** The angle of the point (x, y). */
  public static Column atan2(String yName, Column x) {
    return Column.fn("atan2", col(yName), x);
  }

  /** The angle of the point (x, y). */
  public static Column atan2(String yName, String xName) {
    return Column.fn("atan2", col(yName), col(xName));
  }

  /**
   * The angle of the point (x, y), in radians. Spark's overload with {@code y} as a column, {@code
   * xValue} as a value.
   */
  public static Column atan2(Column y, double xValue) {
    return atan2(y, lit(xValue));
  }

  /**
   * The angle of the point (x, y), in radians. Spark's overload with {@code yName} as a column name,
   * {@code xValue} as a value.
   */
  public static Column atan2(String yName, double xValue) {
    return atan2(col(yName), xValue);
  }

  /**
   * The angle of the point (x, y), in radians. Spark's overload with {@code yValue} as a value, {@code
   * x} as a column.
   */
  public static Column atan2(double yValue, Column x) {
    return atan2(lit(yValue), x);
  }

  /**
   * The angle of the point (x, y), in radians. Spark's overload with {@code yValue} as a value, {@code
   * xName} as a column name.
   */
  public static Column atan2(double yValue, String xName) {
    return atan2(yValue, col(xName));
  }

  /** The inverse hyperbolic tangent. */
  public static Column atanh(Column e) {
    return Column.fn("atanh", e);
  }

  /** The inverse hyperbolic tangent. Of the column called {@code columnName}. */
  public static Column atanh(String columnName) {
    return atanh(col(columnName));
  }

  /** The binary representation as a string. */
  public static Column bin(Column e) {
    return Column.fn("bin", e);
  }

  /** The binary representation as a string. Of the column called {@code columnName}. */
  public static Column bin(String columnName) {
    return bin(col(columnName));
  }

  /** The value rounded half even to {@code scale} decimal places. */
  public static Column bround(Column e, int scale) {
    return Column.fn("bround", e, scale);
  }

  /** The value rounded half even to an integer. */
  public static Column bround(Column e) {
    return bround(e, 0);
  }

  /**
   * The value rounded half even to {@code scale} decimal places. Spark's overload with {@code e} as a
   * column, {@code scale} as a column.
   */
  public static Column bround(Column e, Column scale) {
    return Column.fn("bround", e, scale);
  }

  /** The cube root. */
  public static Column cbrt(Column e) {
    return Column.fn("cbrt", e);
  }

  /** The cube root. Of the column called {@code columnName}. */
  public static Column cbrt(String columnName) {
    return cbrt(col(columnName));
  }

  /** The smallest integer not less than the value. */
  public static Column ceil(Column e) {
    return Column.fn("ceil", e);
  }

  /** The value rounded up to {@code scale} decimal places. */
  public static Column ceil(Column e, Column scale) {
    return Column.fn("ceil", e, scale);
  }

  /** The smallest integer not less than the value. */
  public static Column ceil(String columnName) {
    return Column.fn("ceil", col(columnName));
  }

  /** The smallest integer not less than the value. */
  public static Column ceiling(Column e) {
    return Column.fn("ceiling", e);
  }

  /** The value rounded up to scale decimal places. */
  public static Column ceiling(Column e, Column scale) {
    return Column.fn("ceiling", e, scale);
  }

  /** The number written in another base. */
  public static Column conv(Column num, int fromBase, int toBase) {
    return Column.fn("conv", num, fromBase, toBase);
  }

  /** The cosine of an angle in radians. */
  public static Column cos(Column e) {
    return Column.fn("cos", e);
  }

  /** The cosine of an angle in radians. Of the column called {@code columnName}. */
  public static Column cos(String columnName) {
    return cos(col(columnName));
  }

  /** The hyperbolic cosine. */
  public static Column cosh(Column e) {
    return Column.fn("cosh", e);
  }

  /** The hyperbolic cosine. Of the column called {@code columnName}. */
  public static Column cosh(String columnName) {
    return cosh(col(columnName));
  }

  /** The cotangent. */
  public static Column cot(Column e) {
    return Column.fn("cot", e);
  }

  /** The cosecant. */
  public static Column csc(Column e) {
    return Column.fn("csc", e);
  }

  /** Radians converted to degrees. */
  public static Column degrees(Column e) {
    return Column.fn("degrees", e);
  }

  /** Radians converted to degrees. Of the column called {@code columnName}. */
  public static Column degrees(String columnName) {
    return degrees(col(columnName));
  }

  /** Euler's number. */
  public static Column e() {
    return Column.fn("e");
  }

  /** e to the power of the value. */
  public static Column exp(Column e) {
    return Column.fn("exp", e);
  }

  /** e to the power of the value. Of the column called {@code columnName}. */
  public static Column exp(String columnName) {
    return exp(col(columnName));
  }

  /** e to the power of the value, minus 1. */
  public static Column expm1(Column e) {
    return Column.fn("expm1", e);
  }

  /** e to the power of the value, minus 1. Of the column called {@code columnName}. */
  public static Column expm1(String columnName) {
    return expm1(col(columnName));
  }

  /** The factorial. */
  public static Column factorial(Column e) {
    return Column.fn("factorial", e);
  }

  /** The factorial. Of the column called {@code columnName}. */
  public static Column factorial(String columnName) {
    return factorial(col(columnName));
  }

  /** The largest integer not greater than the value. */
  public static Column floor(Column e) {
    return Column.fn("floor", e);
  }

  /** The value rounded down to {@code scale} decimal places. */
  public static Column floor(Column e, Column scale) {
    return Column.fn("floor", e, scale);
  }

  /** The largest integer not greater than the value. */
  public static Column floor(String columnName) {
    return Column.fn("floor", col(columnName));
  }

  /** The greatest of the arguments, skipping nulls. */
  public static Column greatest(Column... columns) {
    return Column.fn("greatest", (Object[]) columns);
  }

  /** The greatest value of the named columns, skipping nulls. */
  public static Column greatest(String columnName, String... columnNames) {
    return greatest(names(columnName, columnNames));
  }

  /** The hexadecimal representation. */
  public static Column hex(Column e) {
    return Column.fn("hex", e);
  }

  /** The hexadecimal representation. Of the column called {@code columnName}. */
  public static Column hex(String columnName) {
    return hex(col(columnName));
  }

  /** The hypotenuse: sqrt(a² + b²). */
  public static Column hypot(Column a, Column b) {
    return Column.fn("hypot", a, b);
  }

  /**
   * The hypotenuse: sqrt(a² + b²). Spark's overload with {@code l} as a column, {@code rightName} as a
   * column name.
   */
  public static Column hypot(Column l, String rightName) {
    return hypot(l, col(rightName));
  }

  /**
   * The hypotenuse: sqrt(a² + b²). Spark's overload with {@code leftName} as a column name, {@code r}
   * as a column.
   */
  public static Column hypot(String leftName, Column r) {
    return hypot(col(leftName), r);
  }

  /**
   * The hypotenuse: sqrt(a² + b²). Spark's overload with {@code leftName} as a column name, {@code
   * rightName} as a column name.
   */
  public static Column hypot(String leftName, String rightName) {
    return hypot(col(leftName), col(rightName));
  }

  /**
   * The hypotenuse: sqrt(a² + b²). Spark's overload with {@code l} as a column, {@code r} as a value.
   */
  public static Column hypot(Column l, double r) {
    return hypot(l, lit(r));
  }

  /**
   * The hypotenuse: sqrt(a² + b²). Spark's overload with {@code leftName} as a column name, {@code r}
   * as a value.
   */
  public static Column hypot(String leftName, double r) {
    return hypot(col(leftName), r);
  }

  /**
   * The hypotenuse: sqrt(a² + b²). Spark's overload with {@code l} as a value, {@code r} as a column.
   */
  public static Column hypot(double l, Column r) {
    return hypot(lit(l), r);
  }

  /**
   * The hypotenuse: sqrt(a² + b²). Spark's overload with {@code l} as a value, {@code rightName} as a
   * column name.
   */
  public static Column hypot(double l, String rightName) {
    return hypot(l, col(rightName));
  }

  /** The least of the arguments, skipping nulls. */
  public static Column least(Column... columns) {
    return Column.fn("least", (Object[]) columns);
  }

  /** The least value of the named columns, skipping nulls. */
  public static Column least(String columnName, String... columnNames) {
    return least(names(columnName, columnNames));
  }

  /** The natural logarithm. */
  public static Column ln(Column e) {
    return Column.fn("ln", e);
  }

  /** The natural logarithm. */
  public static Column log(Column e) {
    return Column.fn("ln", e);
  }

  /** The logarithm in {@code base}. */
  public static Column log(double base, Column e) {
    return Column.fn("log", base, e);
  }

  /** The natural logarithm. */
  public static Column log(String columnName) {
    return Column.fn("ln", col(columnName));
  }

  /** The logarithm in base. */
  public static Column log(double base, String columnName) {
    return Column.fn("log", base, col(columnName));
  }

  /** The base-10 logarithm. */
  public static Column log10(Column e) {
    return Column.fn("log10", e);
  }

  /** The base-10 logarithm. Of the column called {@code columnName}. */
  public static Column log10(String columnName) {
    return log10(col(columnName));
  }

  /** The natural logarithm of the value plus 1. */
  public static Column log1p(Column e) {
    return Column.fn("log1p", e);
  }

  /** The natural logarithm of the value plus 1. Of the column called {@code columnName}. */
  public static Column log1p(String columnName) {
    return log1p(col(columnName));
  }

  /** The base-2 logarithm. */
  public static Column log2(Column e) {
    return Column.fn("log2", e);
  }

  /** The base-2 logarithm. Of the column called {@code columnName}. */
  public static Column log2(String columnName) {
    return log2(col(columnName));
  }

  /** The value negated. */
  public static Column negate(Column e) {
    return Column.fn("negative", e);
  }

  /** The value negated. */
  public static Column negative(Column e) {
    return Column.fn("negative", e);
  }

  /** Pi. */
  public static Column pi() {
    return Column.fn("pi");
  }

  /** The positive remainder of {@code dividend} / {@code divisor}. */
  public static Column pmod(Column dividend, Column divisor) {
    return Column.fn("pmod", dividend, divisor);
  }

  /** The value itself. */
  public static Column positive(Column e) {
    return Column.fn("positive", e);
  }

  /** {@code l} to the power of {@code r}. */
  public static Column pow(Column l, Object r) {
    return Column.fn("power", l, r);
  }

  /** {@code l} to the power of the column {@code r}. */
  public static Column pow(Column l, Column r) {
    return Column.fn("power", l, r);
  }

  /** {@code l} to the power of the column named {@code rightName} (a name, not a string literal, as in Spark). */
  public static Column pow(Column l, String rightName) {
    return Column.fn("power", l, col(rightName));
  }

  /** l to the power of r. */
  public static Column pow(String l, String r) {
    return Column.fn("power", col(l), col(r));
  }

  /**
   * {@code l} to the power of {@code r}. Spark's overload with {@code leftName} as a column name,
   * {@code r} as a column.
   */
  public static Column pow(String leftName, Column r) {
    return pow(col(leftName), r);
  }

  /**
   * {@code l} to the power of {@code r}. Spark's overload with {@code leftName} as a column name,
   * {@code r} as a value.
   */
  public static Column pow(String leftName, double r) {
    return pow(col(leftName), r);
  }

  /**
   * {@code l} to the power of {@code r}. Spark's overload with {@code l} as a value, {@code r} as a
   * column.
   */
  public static Column pow(double l, Column r) {
    return pow(lit(l), r);
  }

  /**
   * {@code l} to the power of {@code r}. Spark's overload with {@code l} as a value, {@code rightName}
   * as a column name.
   */
  public static Column pow(double l, String rightName) {
    return pow(l, col(rightName));
  }

  /** l to the power of r. */
  public static Column power(Column l, Column r) {
    return Column.fn("power", l, r);
  }

  /** Degrees converted to radians. */
  public static Column radians(Column e) {
    return Column.fn("radians", e);
  }

  /** Degrees converted to radians. Of the column called {@code columnName}. */
  public static Column radians(String columnName) {
    return radians(col(columnName));
  }

  /** A random value in [0, 1) from {@code seed}. */
  public static Column rand(long seed) {
    return Column.fn("rand", seed);
  }

  /** A random DOUBLE, uniform in [0, 1), from a seed chosen here. */
  public static Column rand() {
    return rand(java.util.concurrent.ThreadLocalRandom.current().nextLong());
  }

  /** A standard normal random value from {@code seed}. */
  public static Column randn(long seed) {
    return Column.fn("randn", seed);
  }

  /** A random DOUBLE from the standard normal distribution, from a seed chosen here. */
  public static Column randn() {
    return randn(java.util.concurrent.ThreadLocalRandom.current().nextLong());
  }

  /** A random value in [0, 1) from seed. */
  public static Column random(Column seed) {
    return Column.fn("random", seed);
  }

  /** A random DOUBLE, uniform in [0, 1), from a seed chosen here; the same as {@code rand()}. */
  public static Column random() {
    return random(lit(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
  }

  /** The closest integral double. */
  public static Column rint(Column e) {
    return Column.fn("rint", e);
  }

  /** The closest integral double. Of the column called {@code columnName}. */
  public static Column rint(String columnName) {
    return rint(col(columnName));
  }

  /** The value rounded half up to {@code scale} decimal places. */
  public static Column round(Column e, int scale) {
    return Column.fn("round", e, scale);
  }

  /** The value rounded half up to an integer. */
  public static Column round(Column e) {
    return round(e, 0);
  }

  /**
   * The value rounded half up to {@code scale} decimal places. Spark's overload with {@code e} as a
   * column, {@code scale} as a column.
   */
  public static Column round(Column e, Column scale) {
    return Column.fn("round", e, scale);
  }

  /** The secant. */
  public static Column sec(Column e) {
    return Column.fn("sec", e);
  }

  /** The sign: -1, 0 or 1. */
  public static Column sign(Column e) {
    return Column.fn("sign", e);
  }

  /** The sign: -1, 0 or 1. */
  public static Column signum(Column e) {
    return Column.fn("signum", e);
  }

  /** The sign: -1, 0 or 1. Of the column called {@code columnName}. */
  public static Column signum(String columnName) {
    return signum(col(columnName));
  }

  /** The sine. */
  public static Column sin(Column e) {
    return Column.fn("sin", e);
  }

  /** The sine. Of the column called {@code columnName}. */
  public static Column sin(String columnName) {
    return sin(col(columnName));
  }

  /** The hyperbolic sine. */
  public static Column sinh(Column e) {
    return Column.fn("sinh", e);
  }

  /** The hyperbolic sine. Of the column called {@code columnName}. */
  public static Column sinh(String columnName) {
    return sinh(col(columnName));
  }

  /** The square root. */
  public static Column sqrt(Column e) {
    return Column.fn("sqrt", e);
  }

  /** The square root. Of the column called {@code columnName}. */
  public static Column sqrt(String columnName) {
    return sqrt(col(columnName));
  }

  /** The tangent. */
  public static Column tan(Column e) {
    return Column.fn("tan", e);
  }

  /** The tangent. Of the column called {@code columnName}. */
  public static Column tan(String columnName) {
    return tan(col(columnName));
  }

  /** The hyperbolic tangent. */
  public static Column tanh(Column e) {
    return Column.fn("tanh", e);
  }

  /** The hyperbolic tangent. Of the column called {@code columnName}. */
  public static Column tanh(String columnName) {
    return tanh(col(columnName));
  }

  /**
   * The angle in radians converted to degrees; deprecated in Spark, use {@code degrees}.
   *
   * @deprecated use {@link #degrees}, as Spark advises
   */
  @Deprecated
  public static Column toDegrees(Column e) {
    return degrees(e);
  }

  /**
   * The angle in radians converted to degrees; deprecated in Spark, use {@code degrees}. Takes the
   * column by name.
   *
   * @deprecated use {@link #degrees}, as Spark advises
   */
  @Deprecated
  public static Column toDegrees(String columnName) {
    return degrees(col(columnName));
  }

  /**
   * The angle in degrees converted to radians; deprecated in Spark, use {@code radians}.
   *
   * @deprecated use {@link #radians}, as Spark advises
   */
  @Deprecated
  public static Column toRadians(Column e) {
    return radians(e);
  }

  /**
   * The angle in degrees converted to radians; deprecated in Spark, use {@code radians}. Takes the
   * column by name.
   *
   * @deprecated use {@link #radians}, as Spark advises
   */
  @Deprecated
  public static Column toRadians(String columnName) {
    return radians(col(columnName));
  }

  /** left + right, or null on overflow. */
  public static Column try_add(Column left, Column right) {
    return Column.fn("try_add", left, right);
  }

  /** The average, or null on overflow. */
  public static Column try_avg(Column e) {
    return Column.fn("try_avg", e);
  }

  /** dividend / divisor, or null when divisor is 0. */
  public static Column try_divide(Column dividend, Column divisor) {
    return Column.fn("try_divide", dividend, divisor);
  }

  /** The remainder of {@code left} divided by {@code right}, or null where {@code right} is 0. */
  public static Column try_mod(Column left, Column right) {
    return Column.fn("try_mod", left, right);
  }

  /** left * right, or null on overflow. */
  public static Column try_multiply(Column left, Column right) {
    return Column.fn("try_multiply", left, right);
  }

  /** left - right, or null on overflow. */
  public static Column try_subtract(Column left, Column right) {
    return Column.fn("try_subtract", left, right);
  }

  /** The sum, or null on overflow. */
  public static Column try_sum(Column e) {
    return Column.fn("try_sum", e);
  }

  /** The bytes of a hexadecimal string. */
  public static Column unhex(Column e) {
    return Column.fn("unhex", e);
  }

  /** The bytes of a hexadecimal string. Of the column called {@code columnName}. */
  public static Column unhex(String columnName) {
    return unhex(col(columnName));
  }

  /**
   * A random number uniform in [{@code min}, {@code max}), of their type, from {@code seed} (chosen
   * here when not given).
   */
  public static Column uniform(Column min, Column max) {
    return uniform(min, max, lit(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
  }

  /**
   * A random number uniform in [{@code min}, {@code max}), of their type, from {@code seed} (chosen
   * here when not given).
   */
  public static Column uniform(Column min, Column max, Column seed) {
    return Column.fn("uniform", min, max, seed);
  }

  /** The bucket of v among numBucket equal buckets from min to max. */
  public static Column width_bucket(Column v, Column min, Column max, Column numBucket) {
    return Column.fn("width_bucket", v, min, max, numBucket);
  }

  // ---- Bitwise functions (Spark's group bitwise_funcs)

  /** The number of set bits. */
  public static Column bit_count(Column e) {
    return Column.fn("bit_count", e);
  }

  /** The bit at pos (0 is the rightmost). */
  public static Column bit_get(Column e, Column pos) {
    return Column.fn("bit_get", e, pos);
  }

  /** The bitwise complement. */
  public static Column bitwise_not(Column e) {
    return Column.fn("~", e);
  }

  /**
   * The bitwise NOT; deprecated in Spark, use {@code bitwise_not}.
   *
   * @deprecated use {@link #bitwise_not}, as Spark advises
   */
  @Deprecated
  public static Column bitwiseNOT(Column e) {
    return bitwise_not(e);
  }

  /** The bit at pos (0 is the rightmost). */
  public static Column getbit(Column e, Column pos) {
    return Column.fn("getbit", e, pos);
  }

  /**
   * The value shifted left by {@code numBits}; deprecated in Spark, use {@code shiftleft}.
   *
   * @deprecated use {@link #shiftleft}, as Spark advises
   */
  @Deprecated
  public static Column shiftLeft(Column e, int numBits) {
    return shiftleft(e, numBits);
  }

  /** The bits shifted left. */
  public static Column shiftleft(Column e, int numBits) {
    return Column.fn("shiftleft", e, numBits);
  }

  /**
   * The value shifted right (signed) by {@code numBits}; deprecated in Spark, use {@code shiftright}.
   *
   * @deprecated use {@link #shiftright}, as Spark advises
   */
  @Deprecated
  public static Column shiftRight(Column e, int numBits) {
    return shiftright(e, numBits);
  }

  /** The bits shifted right, sign kept. */
  public static Column shiftright(Column e, int numBits) {
    return Column.fn("shiftright", e, numBits);
  }

  /**
   * The value shifted right (unsigned) by {@code numBits}; deprecated in Spark, use {@code
   * shiftrightunsigned}.
   *
   * @deprecated use {@link #shiftrightunsigned}, as Spark advises
   */
  @Deprecated
  public static Column shiftRightUnsigned(Column e, int numBits) {
    return shiftrightunsigned(e, numBits);
  }

  /** The bits shifted right, zeros in. */
  public static Column shiftrightunsigned(Column e, int numBits) {
    return Column.fn("shiftrightunsigned", e, numBits);
  }

  // ---- Predicate functions (Spark's group predicate_funcs)

  /** Equality where two nulls are equal. */
  public static Column equal_null(Column col1, Column col2) {
    return Column.fn("equal_null", col1, col2);
  }

  /** Case-insensitive SQL LIKE. */
  public static Column ilike(Column str, Column pattern) {
    return Column.fn("ilike", str, pattern);
  }

  /** Case-insensitive SQL LIKE with an escape character. */
  public static Column ilike(Column str, Column pattern, Column escapeChar) {
    return Column.fn("ilike", str, pattern, escapeChar);
  }

  /** Whether the value is NaN. */
  public static Column isnan(Column e) {
    return Column.fn("isNaN", e);
  }

  /** Whether the value is not null. */
  public static Column isnotnull(Column e) {
    return Column.fn("isnotnull", e);
  }

  /** Whether the value is null. */
  public static Column isnull(Column e) {
    return Column.fn("isNull", e);
  }

  /** SQL LIKE. */
  public static Column like(Column str, Column pattern) {
    return Column.fn("like", str, pattern);
  }

  /** SQL LIKE with an escape character. */
  public static Column like(Column str, Column pattern, Column escapeChar) {
    return Column.fn("like", str, pattern, escapeChar);
  }

  /** Logical negation. */
  public static Column not(Column e) {
    return Column.fn("!", e);
  }

  /** Whether str matches the regular expression. */
  public static Column regexp(Column str, Column regexp) {
    return Column.fn("regexp", str, regexp);
  }

  /** Whether str matches the regular expression. */
  public static Column regexp_like(Column str, Column regexp) {
    return Column.fn("regexp_like", str, regexp);
  }

  /** Whether str matches the Java regular expression. */
  public static Column rlike(Column str, Column regexp) {
    return Column.fn("rlike", str, regexp);
  }

  // ---- Conditional functions (Spark's group conditional_funcs)

  /** The first non-null of the arguments. */
  public static Column coalesce(Column... columns) {
    return Column.fn("coalesce", (Object[]) columns);
  }

  /** {@code b} where {@code a} is null, else {@code a}. */
  public static Column ifnull(Column a, Column b) {
    return Column.fn("ifnull", a, b);
  }

  /** {@code b} where {@code a} is NaN, else {@code a}. */
  public static Column nanvl(Column a, Column b) {
    return Column.fn("nanvl", a, b);
  }

  /** Null where {@code a = b}, else {@code a}. */
  public static Column nullif(Column a, Column b) {
    return Column.fn("nullif", a, b);
  }

  /** Null where the value is 0, else the value. */
  public static Column nullifzero(Column col) {
    return Column.fn("nullifzero", col);
  }

  /** {@code b} where {@code a} is null, else {@code a}. */
  public static Column nvl(Column a, Column b) {
    return Column.fn("nvl", a, b);
  }

  /** {@code b} where {@code a} is not null, else {@code c}. */
  public static Column nvl2(Column a, Column b, Column c) {
    return Column.fn("nvl2", a, b, c);
  }

  /** The first branch of a CASE WHEN; add more with {@link Column#when} and end with {@link Column#otherwise}. */
  public static Column when(Column condition, Object value) {
    return Column.fn("when", condition, value);
  }

  /** 0 where the value is null, else the value. */
  public static Column zeroifnull(Column col) {
    return Column.fn("zeroifnull", col);
  }

  // ---- Hash functions (Spark's group hash_funcs)

  /** The CRC-32 checksum. */
  public static Column crc32(Column e) {
    return Column.fn("crc32", e);
  }

  /** The CRC-32 checksum. Of the column called {@code columnName}. */
  public static Column crc32(String columnName) {
    return crc32(col(columnName));
  }

  /** The Murmur3 hash of the columns. */
  public static Column hash(Column... columns) {
    return Column.fn("hash", (Object[]) columns);
  }

  /** The MD5 digest, in hexadecimal. */
  public static Column md5(Column e) {
    return Column.fn("md5", e);
  }

  /** The MD5 digest, in hexadecimal. Of the column called {@code columnName}. */
  public static Column md5(String columnName) {
    return md5(col(columnName));
  }

  /** The SHA-1 digest, in hexadecimal. */
  public static Column sha(Column e) {
    return Column.fn("sha", e);
  }

  /** The SHA-1 digest, in hexadecimal. */
  public static Column sha1(Column e) {
    return Column.fn("sha1", e);
  }

  /** The SHA-1 digest, in hexadecimal. Of the column called {@code columnName}. */
  public static Column sha1(String columnName) {
    return sha1(col(columnName));
  }

  /** The SHA-2 digest of numBits (224, 256, 384, 512) bits, in hexadecimal. */
  public static Column sha2(Column e, int numBits) {
    return Column.fn("sha2", e, numBits);
  }

  /** The 64-bit xxHash of the columns. */
  public static Column xxhash64(Column... columns) {
    return Column.fn("xxhash64", (Object[]) columns);
  }

  // ---- Misc functions (Spark's group misc_funcs)

  /** The input decrypted with AES. */
  public static Column aes_decrypt(Column input, Column key) {
    return Column.fn("aes_decrypt", input, key);
  }

  /** The input decrypted with AES. */
  public static Column aes_decrypt(Column input, Column key, Column mode) {
    return Column.fn("aes_decrypt", input, key, mode);
  }

  /** The input decrypted with AES. */
  public static Column aes_decrypt(Column input, Column key, Column mode, Column padding) {
    return Column.fn("aes_decrypt", input, key, mode, padding);
  }

  /** The input decrypted with AES. */
  public static Column aes_decrypt(Column input, Column key, Column mode, Column padding, Column aad) {
    return Column.fn("aes_decrypt", input, key, mode, padding, aad);
  }

  /** The input encrypted with AES. */
  public static Column aes_encrypt(Column input, Column key) {
    return Column.fn("aes_encrypt", input, key);
  }

  /** The input encrypted with AES. */
  public static Column aes_encrypt(Column input, Column key, Column mode) {
    return Column.fn("aes_encrypt", input, key, mode);
  }

  /** The input encrypted with AES. */
  public static Column aes_encrypt(Column input, Column key, Column mode, Column padding) {
    return Column.fn("aes_encrypt", input, key, mode, padding);
  }

  /** The input encrypted with AES. */
  public static Column aes_encrypt(Column input, Column key, Column mode, Column padding, Column iv) {
    return Column.fn("aes_encrypt", input, key, mode, padding, iv);
  }

  /** The input encrypted with AES. */
  public static Column aes_encrypt(Column input, Column key, Column mode, Column padding, Column iv, Column aad) {
    return Column.fn("aes_encrypt", input, key, mode, padding, iv, aad);
  }

  /** Null if condition is true, else an error with errorMessage. */
  public static Column assert_true(Column condition, Column errorMessage) {
    return Column.fn("assert_true", condition, errorMessage);
  }

  /** Null if condition is true, else an error. */
  public static Column assert_true(Column condition) {
    return Column.fn("assert_true", condition);
  }

  /** The bit position of a value in its bitmap bucket. */
  public static Column bitmap_bit_position(Column e) {
    return Column.fn("bitmap_bit_position", e);
  }

  /** The bitmap bucket of a value. */
  public static Column bitmap_bucket_number(Column e) {
    return Column.fn("bitmap_bucket_number", e);
  }

  /** The number of bits set in a bitmap. */
  public static Column bitmap_count(Column e) {
    return Column.fn("bitmap_count", e);
  }

  /** The current catalog. */
  public static Column current_catalog() {
    return Column.fn("current_catalog");
  }

  /** The current database. */
  public static Column current_database() {
    return Column.fn("current_database");
  }

  /** The current SQL path: where the server looks up unqualified function names. */
  public static Column current_path() {
    return Column.fn("current_path");
  }

  /** The current schema. */
  public static Column current_schema() {
    return Column.fn("current_schema");
  }

  /** The current user. */
  public static Column current_user() {
    return Column.fn("current_user");
  }

  /** The block length of the file being read. */
  public static Column input_file_block_length() {
    return Column.fn("input_file_block_length");
  }

  /** The block start offset of the file being read. */
  public static Column input_file_block_start() {
    return Column.fn("input_file_block_start");
  }

  /** The name of the file the row was read from. */
  public static Column input_file_name() {
    return Column.fn("input_file_name");
  }

  /** Uses a Java method by reflection: class name, method name, then arguments. */
  public static Column java_method(Column... columns) {
    return Column.fn("java_method", (Object[]) columns);
  }

  /** Unique, increasing 64-bit ids (not consecutive). */
  public static Column monotonically_increasing_id() {
    return Column.fn("monotonically_increasing_id");
  }

  /**
   * The same as {@code monotonically_increasing_id()}; deprecated in Spark.
   *
   * @deprecated use {@link #monotonically_increasing_id}, as Spark advises
   */
  @Deprecated
  public static Column monotonicallyIncreasingId() {
    return monotonically_increasing_id();
  }

  /** An error with message. */
  public static Column raise_error(Column message) {
    return Column.fn("raise_error", message);
  }

  /** Uses a Java method by reflection: class name, method name, then arguments. */
  public static Column reflect(Column... columns) {
    return Column.fn("reflect", (Object[]) columns);
  }

  /** The user of the session. */
  public static Column session_user() {
    return Column.fn("session_user");
  }

  /** The id of the partition holding the row. */
  public static Column spark_partition_id() {
    return Column.fn("spark_partition_id");
  }

  /** The input decrypted with AES, or null. */
  public static Column try_aes_decrypt(Column input, Column key) {
    return Column.fn("try_aes_decrypt", input, key);
  }

  /** The input decrypted with AES, or null. */
  public static Column try_aes_decrypt(Column input, Column key, Column mode) {
    return Column.fn("try_aes_decrypt", input, key, mode);
  }

  /** The input decrypted with AES, or null. */
  public static Column try_aes_decrypt(Column input, Column key, Column mode, Column padding) {
    return Column.fn("try_aes_decrypt", input, key, mode, padding);
  }

  /** The input decrypted with AES, or null. */
  public static Column try_aes_decrypt(Column input, Column key, Column mode, Column padding, Column aad) {
    return Column.fn("try_aes_decrypt", input, key, mode, padding, aad);
  }

  /** As {@link #reflect}, but null where the call fails. */
  public static Column try_reflect(Column... columns) {
    return Column.fn("try_reflect", (Object[]) columns);
  }

  /** The type of the value, as DDL. */
  public static Column typeof(Column e) {
    return Column.fn("typeof", e);
  }

  /** The current user. */
  public static Column user() {
    return Column.fn("user");
  }

  /** A random UUID string per row, from {@code seed} (chosen here when not given). */
  public static Column uuid() {
    return Column.fn("uuid", lit(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
  }

  /** A random UUID string per row, from {@code seed} (chosen here when not given). */
  public static Column uuid(Column seed) {
    return Column.fn("uuid", seed);
  }

  /** The Spark version of the server and its git revision, as one string. */
  public static Column version() {
    return Column.fn("version");
  }

  // ---- Datasketch functions (Spark's group sketch_funcs)

  /** The estimated number of distinct values in a HyperLogLog sketch (from {@code hll_sketch_agg}). */
  public static Column hll_sketch_estimate(Column c) {
    return Column.fn("hll_sketch_estimate", c);
  }

  /**
   * The estimated number of distinct values in a HyperLogLog sketch (from {@code hll_sketch_agg}).
   * Takes the column by name.
   */
  public static Column hll_sketch_estimate(String columnName) {
    return hll_sketch_estimate(col(columnName));
  }

  /**
   * The union of two HyperLogLog sketches; {@code allowDifferentLgConfigK} lets sketches of different
   * sizes merge.
   */
  public static Column hll_union(Column c1, Column c2) {
    return Column.fn("hll_union", c1, c2);
  }

  /**
   * The union of two HyperLogLog sketches; {@code allowDifferentLgConfigK} lets sketches of different
   * sizes merge. Takes the columns by name.
   */
  public static Column hll_union(String columnName1, String columnName2) {
    return hll_union(col(columnName1), col(columnName2));
  }

  /**
   * The union of two HyperLogLog sketches; {@code allowDifferentLgConfigK} lets sketches of different
   * sizes merge.
   */
  public static Column hll_union(Column c1, Column c2, boolean allowDifferentLgConfigK) {
    return Column.fn("hll_union", c1, c2, lit(allowDifferentLgConfigK));
  }

  /**
   * The union of two HyperLogLog sketches; {@code allowDifferentLgConfigK} lets sketches of different
   * sizes merge. Takes the columns by name.
   */
  public static Column hll_union(String columnName1, String columnName2, boolean allowDifferentLgConfigK) {
    return hll_union(col(columnName1), col(columnName2), allowDifferentLgConfigK);
  }

  /** The number of values a KLL BIGINT sketch has seen. */
  public static Column kll_sketch_get_n_bigint(Column e) {
    return Column.fn("kll_sketch_get_n_bigint", e);
  }

  /** The number of values a KLL DOUBLE sketch has seen. */
  public static Column kll_sketch_get_n_double(Column e) {
    return Column.fn("kll_sketch_get_n_double", e);
  }

  /** The number of values a KLL FLOAT sketch has seen. */
  public static Column kll_sketch_get_n_float(Column e) {
    return Column.fn("kll_sketch_get_n_float", e);
  }

  /** The value at normalized {@code rank} (0 to 1; 0.5 is the median) of a KLL BIGINT sketch. */
  public static Column kll_sketch_get_quantile_bigint(Column sketch, Column rank) {
    return Column.fn("kll_sketch_get_quantile_bigint", sketch, rank);
  }

  /** The value at normalized {@code rank} (0 to 1; 0.5 is the median) of a KLL DOUBLE sketch. */
  public static Column kll_sketch_get_quantile_double(Column sketch, Column rank) {
    return Column.fn("kll_sketch_get_quantile_double", sketch, rank);
  }

  /** The value at normalized {@code rank} (0 to 1; 0.5 is the median) of a KLL FLOAT sketch. */
  public static Column kll_sketch_get_quantile_float(Column sketch, Column rank) {
    return Column.fn("kll_sketch_get_quantile_float", sketch, rank);
  }

  /** The normalized rank (0 to 1) of {@code quantile} in a KLL BIGINT sketch. */
  public static Column kll_sketch_get_rank_bigint(Column sketch, Column quantile) {
    return Column.fn("kll_sketch_get_rank_bigint", sketch, quantile);
  }

  /** The normalized rank (0 to 1) of {@code quantile} in a KLL DOUBLE sketch. */
  public static Column kll_sketch_get_rank_double(Column sketch, Column quantile) {
    return Column.fn("kll_sketch_get_rank_double", sketch, quantile);
  }

  /** The normalized rank (0 to 1) of {@code quantile} in a KLL FLOAT sketch. */
  public static Column kll_sketch_get_rank_float(Column sketch, Column quantile) {
    return Column.fn("kll_sketch_get_rank_float", sketch, quantile);
  }

  /** Two KLL BIGINT sketches merged into one. */
  public static Column kll_sketch_merge_bigint(Column left, Column right) {
    return Column.fn("kll_sketch_merge_bigint", left, right);
  }

  /** Two KLL DOUBLE sketches merged into one. */
  public static Column kll_sketch_merge_double(Column left, Column right) {
    return Column.fn("kll_sketch_merge_double", left, right);
  }

  /** Two KLL FLOAT sketches merged into one. */
  public static Column kll_sketch_merge_float(Column left, Column right) {
    return Column.fn("kll_sketch_merge_float", left, right);
  }

  /** A readable summary of a KLL BIGINT sketch, for inspection. */
  public static Column kll_sketch_to_string_bigint(Column e) {
    return Column.fn("kll_sketch_to_string_bigint", e);
  }

  /** A readable summary of a KLL DOUBLE sketch, for inspection. */
  public static Column kll_sketch_to_string_double(Column e) {
    return Column.fn("kll_sketch_to_string_double", e);
  }

  /** A readable summary of a KLL FLOAT sketch, for inspection. */
  public static Column kll_sketch_to_string_float(Column e) {
    return Column.fn("kll_sketch_to_string_float", e);
  }

  /** The distinct values of the first Theta sketch that are not in the second. */
  public static Column theta_difference(Column c1, Column c2) {
    return Column.fn("theta_difference", c1, c2);
  }

  /** The distinct values of the first Theta sketch that are not in the second. Takes the columns by name. */
  public static Column theta_difference(String columnName1, String columnName2) {
    return theta_difference(col(columnName1), col(columnName2));
  }

  /** The intersection of two Theta sketches. */
  public static Column theta_intersection(Column c1, Column c2) {
    return Column.fn("theta_intersection", c1, c2);
  }

  /** The intersection of two Theta sketches. Takes the columns by name. */
  public static Column theta_intersection(String columnName1, String columnName2) {
    return theta_intersection(col(columnName1), col(columnName2));
  }

  /** The estimated number of distinct values in a Theta sketch. */
  public static Column theta_sketch_estimate(Column c) {
    return Column.fn("theta_sketch_estimate", c);
  }

  /** The estimated number of distinct values in a Theta sketch. Takes the column by name. */
  public static Column theta_sketch_estimate(String columnName) {
    return theta_sketch_estimate(col(columnName));
  }

  /** The union of two Theta sketches; {@code lgNomEntries} sets its size. */
  public static Column theta_union(Column c1, Column c2) {
    return Column.fn("theta_union", c1, c2);
  }

  /** The union of two Theta sketches; {@code lgNomEntries} sets its size. Takes the columns by name. */
  public static Column theta_union(String columnName1, String columnName2) {
    return theta_union(col(columnName1), col(columnName2));
  }

  /** The union of two Theta sketches; {@code lgNomEntries} sets its size. */
  public static Column theta_union(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("theta_union", c1, c2, lit(lgNomEntries));
  }

  /** The union of two Theta sketches; {@code lgNomEntries} sets its size. Takes the columns by name. */
  public static Column theta_union(String columnName1, String columnName2, int lgNomEntries) {
    return theta_union(col(columnName1), col(columnName2), lgNomEntries);
  }

  /** The union of two Theta sketches; {@code lgNomEntries} sets its size. */
  public static Column theta_union(Column c1, Column c2, Column lgNomEntries) {
    return Column.fn("theta_union", c1, c2, lgNomEntries);
  }

  /** The keys of the first Tuple sketch (DOUBLE summaries) that are not in the second. */
  public static Column tuple_difference_double(Column c1, Column c2) {
    return Column.fn("tuple_difference_double", c1, c2);
  }

  /**
   * The keys of the first Tuple sketch (DOUBLE summaries) that are not in the second. Takes the columns
   * by name.
   */
  public static Column tuple_difference_double(String columnName1, String columnName2) {
    return tuple_difference_double(col(columnName1), col(columnName2));
  }

  /** The keys of the first Tuple sketch (INT summaries) that are not in the second. */
  public static Column tuple_difference_integer(Column c1, Column c2) {
    return Column.fn("tuple_difference_integer", c1, c2);
  }

  /**
   * The keys of the first Tuple sketch (INT summaries) that are not in the second. Takes the columns by
   * name.
   */
  public static Column tuple_difference_integer(String columnName1, String columnName2) {
    return tuple_difference_integer(col(columnName1), col(columnName2));
  }

  /** The keys of a Tuple sketch (DOUBLE summaries) that a Theta sketch does not hold. */
  public static Column tuple_difference_theta_double(Column c1, Column c2) {
    return Column.fn("tuple_difference_theta_double", c1, c2);
  }

  /**
   * The keys of a Tuple sketch (DOUBLE summaries) that a Theta sketch does not hold. Takes the columns
   * by name.
   */
  public static Column tuple_difference_theta_double(String columnName1, String columnName2) {
    return tuple_difference_theta_double(col(columnName1), col(columnName2));
  }

  /** The keys of a Tuple sketch (INT summaries) that a Theta sketch does not hold. */
  public static Column tuple_difference_theta_integer(Column c1, Column c2) {
    return Column.fn("tuple_difference_theta_integer", c1, c2);
  }

  /**
   * The keys of a Tuple sketch (INT summaries) that a Theta sketch does not hold. Takes the columns by
   * name.
   */
  public static Column tuple_difference_theta_integer(String columnName1, String columnName2) {
    return tuple_difference_theta_integer(col(columnName1), col(columnName2));
  }

  /**
   * The intersection of two Tuple sketches (DOUBLE summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine.
   */
  public static Column tuple_intersection_double(Column c1, Column c2) {
    return Column.fn("tuple_intersection_double", c1, c2);
  }

  /**
   * The intersection of two Tuple sketches (DOUBLE summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine. Takes the columns by name.
   */
  public static Column tuple_intersection_double(String columnName1, String columnName2) {
    return tuple_intersection_double(col(columnName1), col(columnName2));
  }

  /**
   * The intersection of two Tuple sketches (DOUBLE summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine.
   */
  public static Column tuple_intersection_double(Column c1, Column c2, String mode) {
    return Column.fn("tuple_intersection_double", c1, c2, lit(mode));
  }

  /**
   * The intersection of two Tuple sketches (DOUBLE summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine. Takes the columns by name.
   */
  public static Column tuple_intersection_double(String columnName1, String columnName2, String mode) {
    return tuple_intersection_double(col(columnName1), col(columnName2), mode);
  }

  /**
   * The intersection of two Tuple sketches (DOUBLE summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine.
   */
  public static Column tuple_intersection_double(Column c1, Column c2, Column mode) {
    return Column.fn("tuple_intersection_double", c1, c2, mode);
  }

  /**
   * The intersection of two Tuple sketches (INT summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine.
   */
  public static Column tuple_intersection_integer(Column c1, Column c2) {
    return Column.fn("tuple_intersection_integer", c1, c2);
  }

  /**
   * The intersection of two Tuple sketches (INT summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine. Takes the columns by name.
   */
  public static Column tuple_intersection_integer(String columnName1, String columnName2) {
    return tuple_intersection_integer(col(columnName1), col(columnName2));
  }

  /**
   * The intersection of two Tuple sketches (INT summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine.
   */
  public static Column tuple_intersection_integer(Column c1, Column c2, String mode) {
    return Column.fn("tuple_intersection_integer", c1, c2, lit(mode));
  }

  /**
   * The intersection of two Tuple sketches (INT summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine. Takes the columns by name.
   */
  public static Column tuple_intersection_integer(String columnName1, String columnName2, String mode) {
    return tuple_intersection_integer(col(columnName1), col(columnName2), mode);
  }

  /**
   * The intersection of two Tuple sketches (INT summaries); {@code mode} (sum, min, max, alwaysone)
   * says how summaries combine.
   */
  public static Column tuple_intersection_integer(Column c1, Column c2, Column mode) {
    return Column.fn("tuple_intersection_integer", c1, c2, mode);
  }

  /**
   * The keys of a Tuple sketch (DOUBLE summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine.
   */
  public static Column tuple_intersection_theta_double(Column c1, Column c2) {
    return Column.fn("tuple_intersection_theta_double", c1, c2);
  }

  /**
   * The keys of a Tuple sketch (DOUBLE summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine. Takes the columns by name.
   */
  public static Column tuple_intersection_theta_double(String columnName1, String columnName2) {
    return tuple_intersection_theta_double(col(columnName1), col(columnName2));
  }

  /**
   * The keys of a Tuple sketch (DOUBLE summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine.
   */
  public static Column tuple_intersection_theta_double(Column c1, Column c2, String mode) {
    return Column.fn("tuple_intersection_theta_double", c1, c2, lit(mode));
  }

  /**
   * The keys of a Tuple sketch (DOUBLE summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine. Takes the columns by name.
   */
  public static Column tuple_intersection_theta_double(String columnName1, String columnName2, String mode) {
    return tuple_intersection_theta_double(col(columnName1), col(columnName2), mode);
  }

  /**
   * The keys of a Tuple sketch (DOUBLE summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine.
   */
  public static Column tuple_intersection_theta_double(Column c1, Column c2, Column mode) {
    return Column.fn("tuple_intersection_theta_double", c1, c2, mode);
  }

  /**
   * The keys of a Tuple sketch (INT summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine.
   */
  public static Column tuple_intersection_theta_integer(Column c1, Column c2) {
    return Column.fn("tuple_intersection_theta_integer", c1, c2);
  }

  /**
   * The keys of a Tuple sketch (INT summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine. Takes the columns by name.
   */
  public static Column tuple_intersection_theta_integer(String columnName1, String columnName2) {
    return tuple_intersection_theta_integer(col(columnName1), col(columnName2));
  }

  /**
   * The keys of a Tuple sketch (INT summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine.
   */
  public static Column tuple_intersection_theta_integer(Column c1, Column c2, String mode) {
    return Column.fn("tuple_intersection_theta_integer", c1, c2, lit(mode));
  }

  /**
   * The keys of a Tuple sketch (INT summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine. Takes the columns by name.
   */
  public static Column tuple_intersection_theta_integer(String columnName1, String columnName2, String mode) {
    return tuple_intersection_theta_integer(col(columnName1), col(columnName2), mode);
  }

  /**
   * The keys of a Tuple sketch (INT summaries) that a Theta sketch also holds; {@code mode} says how
   * summaries combine.
   */
  public static Column tuple_intersection_theta_integer(Column c1, Column c2, Column mode) {
    return Column.fn("tuple_intersection_theta_integer", c1, c2, mode);
  }

  /** The estimated number of distinct keys in a Tuple sketch (DOUBLE summaries). */
  public static Column tuple_sketch_estimate_double(Column c) {
    return Column.fn("tuple_sketch_estimate_double", c);
  }

  /** The estimated number of distinct keys in a Tuple sketch (DOUBLE summaries). Takes the column by name. */
  public static Column tuple_sketch_estimate_double(String columnName) {
    return tuple_sketch_estimate_double(col(columnName));
  }

  /** The estimated number of distinct keys in a Tuple sketch (INT summaries). */
  public static Column tuple_sketch_estimate_integer(Column c) {
    return Column.fn("tuple_sketch_estimate_integer", c);
  }

  /** The estimated number of distinct keys in a Tuple sketch (INT summaries). Takes the column by name. */
  public static Column tuple_sketch_estimate_integer(String columnName) {
    return tuple_sketch_estimate_integer(col(columnName));
  }

  /**
   * The DOUBLE summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default).
   */
  public static Column tuple_sketch_summary_double(Column c) {
    return Column.fn("tuple_sketch_summary_double", c);
  }

  /**
   * The DOUBLE summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default). Takes the column by name.
   */
  public static Column tuple_sketch_summary_double(String columnName) {
    return tuple_sketch_summary_double(col(columnName));
  }

  /**
   * The DOUBLE summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default).
   */
  public static Column tuple_sketch_summary_double(Column c, String mode) {
    return Column.fn("tuple_sketch_summary_double", c, lit(mode));
  }

  /**
   * The DOUBLE summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default). Takes the column by name.
   */
  public static Column tuple_sketch_summary_double(String columnName, String mode) {
    return tuple_sketch_summary_double(col(columnName), mode);
  }

  /**
   * The DOUBLE summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default).
   */
  public static Column tuple_sketch_summary_double(Column c, Column mode) {
    return Column.fn("tuple_sketch_summary_double", c, mode);
  }

  /**
   * The INT summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default).
   */
  public static Column tuple_sketch_summary_integer(Column c) {
    return Column.fn("tuple_sketch_summary_integer", c);
  }

  /**
   * The INT summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default). Takes the column by name.
   */
  public static Column tuple_sketch_summary_integer(String columnName) {
    return tuple_sketch_summary_integer(col(columnName));
  }

  /**
   * The INT summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default).
   */
  public static Column tuple_sketch_summary_integer(Column c, String mode) {
    return Column.fn("tuple_sketch_summary_integer", c, lit(mode));
  }

  /**
   * The INT summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default). Takes the column by name.
   */
  public static Column tuple_sketch_summary_integer(String columnName, String mode) {
    return tuple_sketch_summary_integer(col(columnName), mode);
  }

  /**
   * The INT summaries of a Tuple sketch combined into one value by {@code mode} (sum, min, max,
   * alwaysone; sum by default).
   */
  public static Column tuple_sketch_summary_integer(Column c, Column mode) {
    return Column.fn("tuple_sketch_summary_integer", c, mode);
  }

  /** The theta of a Tuple sketch (DOUBLE summaries): its effective sampling rate, 0 to 1 (1 while it is exact). */
  public static Column tuple_sketch_theta_double(Column c) {
    return Column.fn("tuple_sketch_theta_double", c);
  }

  /**
   * The theta of a Tuple sketch (DOUBLE summaries): its effective sampling rate, 0 to 1 (1 while it is exact). Takes the column
   * by name.
   */
  public static Column tuple_sketch_theta_double(String columnName) {
    return tuple_sketch_theta_double(col(columnName));
  }

  /** The theta of a Tuple sketch (INT summaries): its effective sampling rate, 0 to 1 (1 while it is exact). */
  public static Column tuple_sketch_theta_integer(Column c) {
    return Column.fn("tuple_sketch_theta_integer", c);
  }

  /**
   * The theta of a Tuple sketch (INT summaries): its effective sampling rate, 0 to 1 (1 while it is exact). Takes the column by
   * name.
   */
  public static Column tuple_sketch_theta_integer(String columnName) {
    return tuple_sketch_theta_integer(col(columnName));
  }

  /**
   * The union of two Tuple sketches (DOUBLE summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine.
   */
  public static Column tuple_union_double(Column c1, Column c2) {
    return Column.fn("tuple_union_double", c1, c2);
  }

  /**
   * The union of two Tuple sketches (DOUBLE summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_double(String columnName1, String columnName2) {
    return tuple_union_double(col(columnName1), col(columnName2));
  }

  /**
   * The union of two Tuple sketches (DOUBLE summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine.
   */
  public static Column tuple_union_double(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("tuple_union_double", c1, c2, lit(lgNomEntries));
  }

  /**
   * The union of two Tuple sketches (DOUBLE summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_double(String columnName1, String columnName2, int lgNomEntries) {
    return tuple_union_double(col(columnName1), col(columnName2), lgNomEntries);
  }

  /**
   * The union of two Tuple sketches (DOUBLE summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine.
   */
  public static Column tuple_union_double(Column c1, Column c2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_double", c1, c2, lit(lgNomEntries), lit(mode));
  }

  /**
   * The union of two Tuple sketches (DOUBLE summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_double(String columnName1, String columnName2, int lgNomEntries, String mode) {
    return tuple_union_double(col(columnName1), col(columnName2), lgNomEntries, mode);
  }

  /**
   * The union of two Tuple sketches (DOUBLE summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine.
   */
  public static Column tuple_union_double(Column c1, Column c2, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_double", c1, c2, lgNomEntries, mode);
  }

  /**
   * The union of two Tuple sketches (INT summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine.
   */
  public static Column tuple_union_integer(Column c1, Column c2) {
    return Column.fn("tuple_union_integer", c1, c2);
  }

  /**
   * The union of two Tuple sketches (INT summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_integer(String columnName1, String columnName2) {
    return tuple_union_integer(col(columnName1), col(columnName2));
  }

  /**
   * The union of two Tuple sketches (INT summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine.
   */
  public static Column tuple_union_integer(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("tuple_union_integer", c1, c2, lit(lgNomEntries));
  }

  /**
   * The union of two Tuple sketches (INT summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_integer(String columnName1, String columnName2, int lgNomEntries) {
    return tuple_union_integer(col(columnName1), col(columnName2), lgNomEntries);
  }

  /**
   * The union of two Tuple sketches (INT summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine.
   */
  public static Column tuple_union_integer(Column c1, Column c2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_integer", c1, c2, lit(lgNomEntries), lit(mode));
  }

  /**
   * The union of two Tuple sketches (INT summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_integer(String columnName1, String columnName2, int lgNomEntries, String mode) {
    return tuple_union_integer(col(columnName1), col(columnName2), lgNomEntries, mode);
  }

  /**
   * The union of two Tuple sketches (INT summaries); {@code lgNomEntries} sets its size and {@code
   * mode} how summaries combine.
   */
  public static Column tuple_union_integer(Column c1, Column c2, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_integer", c1, c2, lgNomEntries, mode);
  }

  /**
   * The union of a Tuple sketch (DOUBLE summaries) with a Theta sketch; {@code lgNomEntries} sets its
   * size and {@code mode} how summaries combine.
   */
  public static Column tuple_union_theta_double(Column c1, Column c2) {
    return Column.fn("tuple_union_theta_double", c1, c2);
  }

  /**
   * The union of a Tuple sketch (DOUBLE summaries) with a Theta sketch; {@code lgNomEntries} sets its
   * size and {@code mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_theta_double(String columnName1, String columnName2) {
    return tuple_union_theta_double(col(columnName1), col(columnName2));
  }

  /**
   * The union of a Tuple sketch (DOUBLE summaries) with a Theta sketch; {@code lgNomEntries} sets its
   * size and {@code mode} how summaries combine.
   */
  public static Column tuple_union_theta_double(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("tuple_union_theta_double", c1, c2, lit(lgNomEntries));
  }

  /**
   * The union of a Tuple sketch (DOUBLE summaries) with a Theta sketch; {@code lgNomEntries} sets its
   * size and {@code mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_theta_double(String columnName1, String columnName2, int lgNomEntries) {
    return tuple_union_theta_double(col(columnName1), col(columnName2), lgNomEntries);
  }

  /**
   * The union of a Tuple sketch (DOUBLE summaries) with a Theta sketch; {@code lgNomEntries} sets its
   * size and {@code mode} how summaries combine.
   */
  public static Column tuple_union_theta_double(Column c1, Column c2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_theta_double", c1, c2, lit(lgNomEntries), lit(mode));
  }

  /**
   * The union of a Tuple sketch (DOUBLE summaries) with a Theta sketch; {@code lgNomEntries} sets its
   * size and {@code mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_theta_double(String columnName1, String columnName2, int lgNomEntries, String mode) {
    return tuple_union_theta_double(col(columnName1), col(columnName2), lgNomEntries, mode);
  }

  /**
   * The union of a Tuple sketch (DOUBLE summaries) with a Theta sketch; {@code lgNomEntries} sets its
   * size and {@code mode} how summaries combine.
   */
  public static Column tuple_union_theta_double(Column c1, Column c2, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_theta_double", c1, c2, lgNomEntries, mode);
  }

  /**
   * The union of a Tuple sketch (INT summaries) with a Theta sketch; {@code lgNomEntries} sets its size
   * and {@code mode} how summaries combine.
   */
  public static Column tuple_union_theta_integer(Column c1, Column c2) {
    return Column.fn("tuple_union_theta_integer", c1, c2);
  }

  /**
   * The union of a Tuple sketch (INT summaries) with a Theta sketch; {@code lgNomEntries} sets its size
   * and {@code mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_theta_integer(String columnName1, String columnName2) {
    return tuple_union_theta_integer(col(columnName1), col(columnName2));
  }

  /**
   * The union of a Tuple sketch (INT summaries) with a Theta sketch; {@code lgNomEntries} sets its size
   * and {@code mode} how summaries combine.
   */
  public static Column tuple_union_theta_integer(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("tuple_union_theta_integer", c1, c2, lit(lgNomEntries));
  }

  /**
   * The union of a Tuple sketch (INT summaries) with a Theta sketch; {@code lgNomEntries} sets its size
   * and {@code mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_theta_integer(String columnName1, String columnName2, int lgNomEntries) {
    return tuple_union_theta_integer(col(columnName1), col(columnName2), lgNomEntries);
  }

  /**
   * The union of a Tuple sketch (INT summaries) with a Theta sketch; {@code lgNomEntries} sets its size
   * and {@code mode} how summaries combine.
   */
  public static Column tuple_union_theta_integer(Column c1, Column c2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_theta_integer", c1, c2, lit(lgNomEntries), lit(mode));
  }

  /**
   * The union of a Tuple sketch (INT summaries) with a Theta sketch; {@code lgNomEntries} sets its size
   * and {@code mode} how summaries combine. Takes the columns by name.
   */
  public static Column tuple_union_theta_integer(String columnName1, String columnName2, int lgNomEntries, String mode) {
    return tuple_union_theta_integer(col(columnName1), col(columnName2), lgNomEntries, mode);
  }

  /**
   * The union of a Tuple sketch (INT summaries) with a Theta sketch; {@code lgNomEntries} sets its size
   * and {@code mode} how summaries combine.
   */
  public static Column tuple_union_theta_integer(Column c1, Column c2, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_theta_integer", c1, c2, lgNomEntries, mode);
  }

  // ---- Window functions (Spark's group window_funcs)

  /** The fraction of rows at or before this one. */
  public static Column cume_dist() {
    return Column.fn("cume_dist");
  }

  /** The row's rank in its window partition, without gaps. */
  public static Column dense_rank() {
    return Column.fn("dense_rank");
  }

  /** The value {@code offset} rows before, or {@code defaultValue}. */
  public static Column lag(Column e, int offset, Object defaultValue, boolean ignoreNulls) {
    return Column.fn("lag", e, offset, defaultValue, ignoreNulls);
  }

  /** The value {@code offset} rows before, or {@code defaultValue}. */
  public static Column lag(Column e, int offset, Object defaultValue) {
    return lag(e, offset, defaultValue, false);
  }

  /** The value {@code offset} rows before, or null. */
  public static Column lag(Column e, int offset) {
    return lag(e, offset, null);
  }

  /** The value of the named column {@code offset} rows before the current one in the window, or null. */
  public static Column lag(String columnName, int offset) {
    return lag(columnName, offset, null);
  }

  /** The value {@code offset} rows before the current one in the window, or {@code defaultValue}; by column name. */
  public static Column lag(String columnName, int offset, Object defaultValue) {
    return lag(col(columnName), offset, defaultValue);
  }

  /** The value {@code offset} rows after, or {@code defaultValue}. */
  public static Column lead(Column e, int offset, Object defaultValue, boolean ignoreNulls) {
    return Column.fn("lead", e, offset, defaultValue, ignoreNulls);
  }

  /** The value {@code offset} rows after, or {@code defaultValue}. */
  public static Column lead(Column e, int offset, Object defaultValue) {
    return lead(e, offset, defaultValue, false);
  }

  /** The value {@code offset} rows after, or null. */
  public static Column lead(Column e, int offset) {
    return lead(e, offset, null);
  }

  /** The value of the named column {@code offset} rows after the current one in the window, or null. */
  public static Column lead(String columnName, int offset) {
    return lead(columnName, offset, null);
  }

  /** The value {@code offset} rows after the current one in the window, or {@code defaultValue}; by column name. */
  public static Column lead(String columnName, int offset, Object defaultValue) {
    return lead(col(columnName), offset, defaultValue);
  }

  /** The value of the offset-th row of the window frame, skipping nulls if asked. */
  public static Column nth_value(Column e, int offset, boolean ignoreNulls) {
    return Column.fn("nth_value", e, offset, ignoreNulls);
  }

  /** The value of the offset-th row of the window frame. */
  public static Column nth_value(Column e, int offset) {
    return Column.fn("nth_value", e, offset);
  }

  /** The number of the {@code n} buckets the row falls in. */
  public static Column ntile(int n) {
    return Column.fn("ntile", n);
  }

  /** The row's relative rank, from 0 to 1. */
  public static Column percent_rank() {
    return Column.fn("percent_rank");
  }

  /** The row's rank in its window partition, with gaps after ties. */
  public static Column rank() {
    return Column.fn("rank");
  }

  /** The row's number in its window partition, from 1. */
  public static Column row_number() {
    return Column.fn("row_number");
  }

  // ---- Generator functions (Spark's group generator_funcs)

  /** One row per element or entry. */
  public static Column explode(Column e) {
    return Column.fn("explode", e);
  }

  /** One row per element or entry. Of the column called {@code columnName}. */
  public static Column explode(String columnName) {
    return explode(col(columnName));
  }

  /** One row per element, or a row of null for an empty or null collection. */
  public static Column explode_outer(Column e) {
    return Column.fn("explode_outer", e);
  }

  /** One row per element, or a row of null for an empty or null collection. Of the column called {@code columnName}. */
  public static Column explode_outer(String columnName) {
    return explode_outer(col(columnName));
  }

  /** One row per struct of an array, a column per field. */
  public static Column inline(Column e) {
    return Column.fn("inline", e);
  }

  /** As inline, keeping empty arrays. */
  public static Column inline_outer(Column e) {
    return Column.fn("inline_outer", e);
  }

  /** One row per element, with its position. */
  public static Column posexplode(Column e) {
    return Column.fn("posexplode", e);
  }

  /** One row per element, with its position. Of the column called {@code columnName}. */
  public static Column posexplode(String columnName) {
    return posexplode(col(columnName));
  }

  /** As posexplode, keeping empty collections. */
  public static Column posexplode_outer(Column e) {
    return Column.fn("posexplode_outer", e);
  }

  /** As posexplode, keeping empty collections. Of the column called {@code columnName}. */
  public static Column posexplode_outer(String columnName) {
    return posexplode_outer(col(columnName));
  }

  /** {@code n} rows from the following values, in as many columns as it takes. */
  public static Column stack(Column... columns) {
    return Column.fn("stack", (Object[]) columns);
  }

  // ---- String functions (Spark's group string_funcs)

  /** The code of the first character. */
  public static Column ascii(Column e) {
    return Column.fn("ascii", e);
  }

  /** The code of the first character. Of the column called {@code columnName}. */
  public static Column ascii(String columnName) {
    return ascii(col(columnName));
  }

  /** The value in base 64. */
  public static Column base64(Column e) {
    return Column.fn("base64", e);
  }

  /** The value in base 64. Of the column called {@code columnName}. */
  public static Column base64(String columnName) {
    return base64(col(columnName));
  }

  /** The length in bits. */
  public static Column bit_length(Column e) {
    return Column.fn("bit_length", e);
  }

  /** The length in bits. Of the column called {@code columnName}. */
  public static Column bit_length(String columnName) {
    return bit_length(col(columnName));
  }

  /** Without leading and trailing characters of trim. */
  public static Column btrim(Column str, Column trim) {
    return Column.fn("btrim", str, trim);
  }

  /** Without leading and trailing spaces. */
  public static Column btrim(Column e) {
    return Column.fn("btrim", e);
  }

  /** The length in characters. */
  public static Column char_length(Column e) {
    return Column.fn("char_length", e);
  }

  /** The length in characters. Of the column called {@code columnName}. */
  public static Column char_length(String columnName) {
    return char_length(col(columnName));
  }

  /** The length in characters. */
  public static Column character_length(Column e) {
    return Column.fn("character_length", e);
  }

  /** The length in characters. Of the column called {@code columnName}. */
  public static Column character_length(String columnName) {
    return character_length(col(columnName));
  }

  /** The character of code n. */
  public static Column chr(Column n) {
    return Column.fn("chr", n);
  }

  /** The string with another collation. */
  public static Column collate(Column e, String collation) {
    return Column.fn("collate", e, collation);
  }

  /** The collation of the string. */
  public static Column collation(Column e) {
    return Column.fn("collation", e);
  }

  /** The strings joined by {@code separator}. */
  public static Column concat_ws(String separator, Column... columns) {
    List<Object> all = new ArrayList<>();
    all.add(separator);
    all.addAll(Arrays.asList(columns));
    return Column.fn("concat_ws", all.toArray());
  }

  /** Whether left contains right. */
  public static Column contains(Column left, Column right) {
    return Column.fn("contains", left, right);
  }

  /** The bytes decoded as text in charset. */
  public static Column decode(Column value, String charset) {
    return Column.fn("decode", value, charset);
  }

  /** The {@code n}-th of the following columns. */
  public static Column elt(Column... columns) {
    return Column.fn("elt", (Object[]) columns);
  }

  /** The text encoded as bytes in charset. */
  public static Column encode(Column value, String charset) {
    return Column.fn("encode", value, charset);
  }

  /** Whether str ends with suffix. */
  public static Column endswith(Column str, Column suffix) {
    return Column.fn("endswith", str, suffix);
  }

  /** The 1-based position of str in a comma-separated list, 0 if absent. */
  public static Column find_in_set(Column str, Column strArray) {
    return Column.fn("find_in_set", str, strArray);
  }

  /** The number formatted with {@code d} decimal places and grouping. */
  public static Column format_number(Column x, int d) {
    return Column.fn("format_number", x, d);
  }

  /** printf-style formatting. */
  public static Column format_string(String format, Column... arguments) {
    List<Object> all = new ArrayList<>();
    all.add(format);
    all.addAll(Arrays.asList(arguments));
    return Column.fn("format_string", all.toArray());
  }

  /** Each word with its first letter upper-case. */
  public static Column initcap(Column e) {
    return Column.fn("initcap", e);
  }

  /** Each word with its first letter upper-case. Of the column called {@code columnName}. */
  public static Column initcap(String columnName) {
    return initcap(col(columnName));
  }

  /** The 1-based position of {@code substring}, 0 if absent. */
  public static Column instr(Column str, String substring) {
    return Column.fn("instr", str, substring);
  }

  /**
   * The 1-based position of {@code substring}, 0 if absent. Spark's overload with {@code str} as a
   * column, {@code substring} as a column.
   */
  public static Column instr(Column str, Column substring) {
    return Column.fn("instr", str, substring);
  }

  /** Whether the string is valid UTF-8. */
  public static Column is_valid_utf8(Column str) {
    return Column.fn("is_valid_utf8", str);
  }

  /** Lower-case. */
  public static Column lcase(Column e) {
    return Column.fn("lcase", e);
  }

  /** The leftmost len characters. */
  public static Column left(Column str, Column len) {
    return Column.fn("left", str, len);
  }

  /** The length in characters. */
  public static Column len(Column e) {
    return Column.fn("len", e);
  }

  /** The length in characters (bytes for binary). */
  public static Column length(Column e) {
    return Column.fn("length", e);
  }

  /** The length in characters (bytes for binary). Of the column called {@code columnName}. */
  public static Column length(String columnName) {
    return length(col(columnName));
  }

  /** The Levenshtein distance. */
  public static Column levenshtein(Column l, Column r) {
    return Column.fn("levenshtein", l, r);
  }

  /** The Levenshtein distance, or -1 above threshold. */
  public static Column levenshtein(Column l, Column r, int threshold) {
    return Column.fn("levenshtein", l, r, threshold);
  }

  /** The 1-based position of {@code substr}, 0 if absent. */
  public static Column locate(String substr, Column str) {
    return Column.fn("locate", substr, str);
  }

  /** The 1-based position of {@code substr} from {@code pos}, 0 if absent. */
  public static Column locate(String substr, Column str, int pos) {
    return Column.fn("locate", substr, str, pos);
  }

  /** Lower-case. */
  public static Column lower(Column e) {
    return Column.fn("lower", e);
  }

  /** Lower-case. Of the column called {@code columnName}. */
  public static Column lower(String columnName) {
    return lower(col(columnName));
  }

  /** The string left-padded with {@code pad} to {@code len} characters. */
  public static Column lpad(Column str, int len, String pad) {
    return Column.fn("lpad", str, len, pad);
  }

  /** The bytes left-padded with pad to len bytes. */
  public static Column lpad(Column str, int len, byte[] pad) {
    return Column.fn("lpad", str, len, pad);
  }

  /**
   * The string left-padded with {@code pad} to {@code len} characters. Spark's overload with {@code
   * str} as a column, {@code len} as a column, {@code pad} as a column.
   */
  public static Column lpad(Column str, Column len, Column pad) {
    return Column.fn("lpad", str, len, pad);
  }

  /** Without leading characters of trimString. */
  public static Column ltrim(Column e, String trimString) {
    return Column.fn("ltrim", trimString, e);
  }

  /** Without leading spaces. */
  public static Column ltrim(Column e) {
    return Column.fn("ltrim", e);
  }

  /** Without leading spaces. Of the column called {@code columnName}. */
  public static Column ltrim(String columnName) {
    return ltrim(col(columnName));
  }

  /**
   * Without leading characters of trimString. Spark's overload with {@code e} as a column, {@code trim}
   * as a column.
   */
  public static Column ltrim(Column e, Column trim) {
    return Column.fn("ltrim", trim, e);
  }

  /** The string with every invalid UTF-8 byte sequence replaced by U+FFFD. */
  public static Column make_valid_utf8(Column str) {
    return Column.fn("make_valid_utf8", str);
  }

  /** The string masked: upper-case letters as upperChar. */
  public static Column mask(Column input, Column upperChar) {
    return Column.fn("mask", input, upperChar);
  }

  /** The string masked. */
  public static Column mask(Column input, Column upperChar, Column lowerChar) {
    return Column.fn("mask", input, upperChar, lowerChar);
  }

  /** The string masked. */
  public static Column mask(Column input, Column upperChar, Column lowerChar, Column digitChar) {
    return Column.fn("mask", input, upperChar, lowerChar, digitChar);
  }

  /** The string masked. */
  public static Column mask(Column input, Column upperChar, Column lowerChar, Column digitChar, Column otherChar) {
    return Column.fn("mask", input, upperChar, lowerChar, digitChar, otherChar);
  }

  /** The string masked: X, x and n for upper, lower and digits. */
  public static Column mask(Column input) {
    return Column.fn("mask", input);
  }

  /** The length in bytes. */
  public static Column octet_length(Column e) {
    return Column.fn("octet_length", e);
  }

  /** The length in bytes. Of the column called {@code columnName}. */
  public static Column octet_length(String columnName) {
    return octet_length(col(columnName));
  }

  /** src with replace written over it from pos. */
  public static Column overlay(Column src, Column replace, Column pos) {
    return Column.fn("overlay", src, replace, pos);
  }

  /** src with len characters from pos replaced by replace. */
  public static Column overlay(Column src, Column replace, Column pos, Column len) {
    return Column.fn("overlay", src, replace, pos, len);
  }

  /** The 1-based position of substr in str, 0 if absent. */
  public static Column position(Column substr, Column str) {
    return Column.fn("position", substr, str);
  }

  /** The 1-based position of substr in str from start. */
  public static Column position(Column substr, Column str, Column start) {
    return Column.fn("position", substr, str, start);
  }

  /** The string formatted printf-style with the other columns. */
  public static Column printf(Column format, Column... arguments) {
    java.util.List<Object> all = new java.util.ArrayList<>();
    all.add(format);
    all.addAll(java.util.Arrays.asList(arguments));
    return Column.fn("printf", all.toArray());
  }

  /** The string quoted as a SQL literal. */
  public static Column quote(Column e) {
    return Column.fn("quote", e);
  }

  /** A random string of {@code length} letters and digits, from {@code seed} (chosen here when not given). */
  public static Column randstr(Column length) {
    return randstr(length, lit(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
  }

  /** A random string of {@code length} letters and digits, from {@code seed} (chosen here when not given). */
  public static Column randstr(Column length, Column seed) {
    return Column.fn("randstr", length, seed);
  }

  /** How many times the regular expression matches. */
  public static Column regexp_count(Column str, Column regexp) {
    return Column.fn("regexp_count", str, regexp);
  }

  /** Group {@code groupIdx} of the first match of {@code regex}. */
  public static Column regexp_extract(Column e, String regex, int groupIdx) {
    return Column.fn("regexp_extract", e, regex, groupIdx);
  }

  /** Every match of group 1. */
  public static Column regexp_extract_all(Column str, Column regexp) {
    return Column.fn("regexp_extract_all", str, regexp);
  }

  /** Every match of group idx. */
  public static Column regexp_extract_all(Column str, Column regexp, Column idx) {
    return Column.fn("regexp_extract_all", str, regexp, idx);
  }

  /** The 1-based position of the first match. */
  public static Column regexp_instr(Column str, Column regexp) {
    return Column.fn("regexp_instr", str, regexp);
  }

  /** The 1-based position of group idx of the first match. */
  public static Column regexp_instr(Column str, Column regexp, Column idx) {
    return Column.fn("regexp_instr", str, regexp, idx);
  }

  /** Matches of {@code pattern} replaced by {@code replacement}. */
  public static Column regexp_replace(Column e, String pattern, String replacement) {
    return Column.fn("regexp_replace", e, pattern, replacement);
  }

  /**
   * Matches of {@code pattern} replaced by {@code replacement}. Spark's overload with {@code e} as a
   * column, {@code pattern} as a column, {@code replacement} as a column.
   */
  public static Column regexp_replace(Column e, Column pattern, Column replacement) {
    return Column.fn("regexp_replace", e, pattern, replacement);
  }

  /** The first match. */
  public static Column regexp_substr(Column str, Column regexp) {
    return Column.fn("regexp_substr", str, regexp);
  }

  /** The string repeated {@code n} times. */
  public static Column repeat(Column str, int n) {
    return Column.fn("repeat", str, n);
  }

  /**
   * The string repeated {@code n} times. Spark's overload with {@code str} as a column, {@code n} as a
   * column.
   */
  public static Column repeat(Column str, Column n) {
    return Column.fn("repeat", str, n);
  }

  /** src with every search removed. */
  public static Column replace(Column src, Column search) {
    return Column.fn("replace", src, search);
  }

  /** src with every search replaced. */
  public static Column replace(Column src, Column search, Column replace) {
    return Column.fn("replace", src, search, replace);
  }

  /** The rightmost len characters. */
  public static Column right(Column str, Column len) {
    return Column.fn("right", str, len);
  }

  /** The string right-padded with {@code pad} to {@code len} characters. */
  public static Column rpad(Column str, int len, String pad) {
    return Column.fn("rpad", str, len, pad);
  }

  /** The bytes right-padded with pad to len bytes. */
  public static Column rpad(Column str, int len, byte[] pad) {
    return Column.fn("rpad", str, len, pad);
  }

  /**
   * The string right-padded with {@code pad} to {@code len} characters. Spark's overload with {@code
   * str} as a column, {@code len} as a column, {@code pad} as a column.
   */
  public static Column rpad(Column str, Column len, Column pad) {
    return Column.fn("rpad", str, len, pad);
  }

  /** Without trailing characters of trimString. */
  public static Column rtrim(Column e, String trimString) {
    return Column.fn("rtrim", trimString, e);
  }

  /** Without trailing spaces. */
  public static Column rtrim(Column e) {
    return Column.fn("rtrim", e);
  }

  /** Without trailing spaces. Of the column called {@code columnName}. */
  public static Column rtrim(String columnName) {
    return rtrim(col(columnName));
  }

  /**
   * Without trailing characters of trimString. Spark's overload with {@code e} as a column, {@code
   * trim} as a column.
   */
  public static Column rtrim(Column e, Column trim) {
    return Column.fn("rtrim", trim, e);
  }

  /** The text as arrays of words per sentence. */
  public static Column sentences(Column string) {
    return Column.fn("sentences", string);
  }

  /** The text as arrays of words per sentence, in language. */
  public static Column sentences(Column string, Column language) {
    return Column.fn("sentences", string, language);
  }

  /** The text as sentences of words, in language and country. */
  public static Column sentences(Column string, Column language, Column country) {
    return Column.fn("sentences", string, language, country);
  }

  /** The Soundex code. */
  public static Column soundex(Column e) {
    return Column.fn("soundex", e);
  }

  /** The Soundex code. Of the column called {@code columnName}. */
  public static Column soundex(String columnName) {
    return soundex(col(columnName));
  }

  /** The string split around matches of {@code pattern}. */
  public static Column split(Column str, String pattern) {
    return Column.fn("split", str, pattern);
  }

  /** The string split around matches of {@code pattern}, at most {@code limit} parts. */
  public static Column split(Column str, String pattern, int limit) {
    return Column.fn("split", str, pattern, limit);
  }

  /** The string split around matches of pattern. */
  public static Column split(Column str, Column pattern) {
    return Column.fn("split", str, pattern);
  }

  /** The string split around pattern, at most limit parts. */
  public static Column split(Column str, Column pattern, Column limit) {
    return Column.fn("split", str, pattern, limit);
  }

  /** The partNum-th part of src split by delimiter. */
  public static Column split_part(Column src, Column delimiter, Column partNum) {
    return Column.fn("split_part", src, delimiter, partNum);
  }

  /** Whether str starts with prefix. */
  public static Column startswith(Column str, Column prefix) {
    return Column.fn("startswith", str, prefix);
  }

  /** The substring from 1-based pos. */
  public static Column substr(Column str, Column pos) {
    return Column.fn("substr", str, pos);
  }

  /** The substring from 1-based pos, len long. */
  public static Column substr(Column str, Column pos, Column len) {
    return Column.fn("substr", str, pos, len);
  }

  /** The substring from 1-based {@code pos}, {@code len} long. */
  public static Column substring(Column str, int pos, int len) {
    return Column.fn("substring", str, pos, len);
  }

  /** The substring from 1-based pos, len long. */
  public static Column substring(Column str, Column pos, Column len) {
    return Column.fn("substring", str, pos, len);
  }

  /** The part before count occurrences of delim (after, if count is negative). */
  public static Column substring_index(Column str, String delim, int count) {
    return Column.fn("substring_index", str, delim, count);
  }

  /** The string as binary (hex). */
  public static Column to_binary(Column e) {
    return Column.fn("to_binary", e);
  }

  /** The string as binary in format. */
  public static Column to_binary(Column e, Column format) {
    return Column.fn("to_binary", e, format);
  }

  /** The number formatted with format. */
  public static Column to_char(Column e, Column format) {
    return Column.fn("to_char", e, format);
  }

  /** The string parsed as a number with format. */
  public static Column to_number(Column e, Column format) {
    return Column.fn("to_number", e, format);
  }

  /** The number formatted with format. */
  public static Column to_varchar(Column e, Column format) {
    return Column.fn("to_varchar", e, format);
  }

  /** Each character of {@code matching} replaced by the one at its position in {@code replace}. */
  public static Column translate(Column src, String matching, String replace) {
    return Column.fn("translate", src, matching, replace);
  }

  /** Without leading and trailing characters of trimString. */
  public static Column trim(Column e, String trimString) {
    return Column.fn("trim", trimString, e);
  }

  /** Without leading and trailing spaces. */
  public static Column trim(Column e) {
    return Column.fn("trim", e);
  }

  /** Without leading and trailing spaces. Of the column called {@code columnName}. */
  public static Column trim(String columnName) {
    return trim(col(columnName));
  }

  /**
   * Without leading and trailing characters of trimString. Spark's overload with {@code e} as a column,
   * {@code trim} as a column.
   */
  public static Column trim(Column e, Column trim) {
    return Column.fn("trim", trim, e);
  }

  /** The string as binary in format (hex, utf-8, base64), or null. */
  public static Column try_to_binary(Column e, Column format) {
    return Column.fn("try_to_binary", e, format);
  }

  /** The string as binary, or null. */
  public static Column try_to_binary(Column e) {
    return Column.fn("try_to_binary", e);
  }

  /** The string parsed as a number with format, or null. */
  public static Column try_to_number(Column e, Column format) {
    return Column.fn("try_to_number", e, format);
  }

  /** The string if it is valid UTF-8, otherwise null. */
  public static Column try_validate_utf8(Column str) {
    return Column.fn("try_validate_utf8", str);
  }

  /** Upper-case. */
  public static Column ucase(Column e) {
    return Column.fn("ucase", e);
  }

  /** The bytes of a base-64 string. */
  public static Column unbase64(Column e) {
    return Column.fn("unbase64", e);
  }

  /** The bytes of a base-64 string. Of the column called {@code columnName}. */
  public static Column unbase64(String columnName) {
    return unbase64(col(columnName));
  }

  /** Upper-case. */
  public static Column upper(Column e) {
    return Column.fn("upper", e);
  }

  /** Upper-case. Of the column called {@code columnName}. */
  public static Column upper(String columnName) {
    return upper(col(columnName));
  }

  /** The string if it is valid UTF-8; otherwise the query fails. */
  public static Column validate_utf8(Column str) {
    return Column.fn("validate_utf8", str);
  }

  // ---- Collection functions (Spark's group collection_funcs)

  /** The elements folded into {@code initialValue} by {@code merge}. */
  public static Column aggregate(Column column, Column initialValue,
      java.util.function.BiFunction<Column, Column, Column> merge) {
    return aggregate(column, initialValue, merge, x -> x);
  }

  /** The elements folded by {@code merge}, the result mapped by {@code finish}. */
  public static Column aggregate(Column column, Column initialValue,
      java.util.function.BiFunction<Column, Column, Column> merge, java.util.function.Function<Column, Column> finish) {
    return Column.fn("aggregate", column, initialValue, Lambdas.of(merge), Lambdas.of(finish));
  }

  /** The array sorted ascending, nulls last. */
  public static Column array_sort(Column e) {
    return Column.fn("array_sort", e);
  }

  /** The array sorted by {@code comparator}, which returns a negative, zero or positive integer. */
  public static Column array_sort(Column e, java.util.function.BiFunction<Column, Column, Column> comparator) {
    return Column.fn("array_sort", e, Lambdas.of(comparator));
  }

  /** The number of elements. */
  public static Column cardinality(Column e) {
    return Column.fn("cardinality", e);
  }

  /** The strings joined. */
  public static Column concat(Column... columns) {
    return Column.fn("concat", (Object[]) columns);
  }

  /** The array element at 1-based {@code index}, or the map value at key {@code index}. */
  public static Column element_at(Column column, Object index) {
    return Column.fn("element_at", column, index);
  }

  /** Whether {@code predicate} holds for some element. */
  public static Column exists(Column column, java.util.function.Function<Column, Column> predicate) {
    return Column.fn("exists", column, Lambdas.of(predicate));
  }

  /** The elements for which {@code predicate} holds. */
  public static Column filter(Column column, java.util.function.Function<Column, Column> predicate) {
    return Column.fn("filter", column, Lambdas.of(predicate));
  }

  /** The elements for which {@code predicate} of element and index holds. */
  public static Column filter(Column column, java.util.function.BiFunction<Column, Column, Column> predicate) {
    return Column.fn("filter", column, Lambdas.of(predicate));
  }

  /** Whether {@code predicate} holds for every element. */
  public static Column forall(Column column, java.util.function.Function<Column, Column> predicate) {
    return Column.fn("forall", column, Lambdas.of(predicate));
  }

  /** The entries for which {@code predicate} of key and value holds. */
  public static Column map_filter(Column map, java.util.function.BiFunction<Column, Column, Column> predicate) {
    return Column.fn("map_filter", map, Lambdas.of(predicate));
  }

  /** Two maps merged key by key with {@code function} of key and both values. */
  public static Column map_zip_with(Column left, Column right, Lambdas.TriFunction function) {
    return Column.fn("map_zip_with", left, right, Lambdas.of(function));
  }

  /** The same as {@link #aggregate(Column, Column, java.util.function.BiFunction)}. */
  public static Column reduce(Column column, Column initialValue,
      java.util.function.BiFunction<Column, Column, Column> merge) {
    return Column.fn("reduce", column, initialValue, Lambdas.of(merge), Lambdas.of(x -> x));
  }

  /** Reversed (strings and arrays). */
  public static Column reverse(Column e) {
    return Column.fn("reverse", e);
  }

  /** Reversed (strings and arrays). Of the column called {@code columnName}. */
  public static Column reverse(String columnName) {
    return reverse(col(columnName));
  }

  /** The number of elements of an array or map. */
  public static Column size(Column e) {
    return Column.fn("size", e);
  }

  /** The number of elements of an array or map. Of the column called {@code columnName}. */
  public static Column size(String columnName) {
    return size(col(columnName));
  }

  /** Each element mapped by {@code function}. */
  public static Column transform(Column column, java.util.function.Function<Column, Column> function) {
    return Column.fn("transform", column, Lambdas.of(function));
  }

  /** Each element and its index mapped by {@code function}. */
  public static Column transform(Column column, java.util.function.BiFunction<Column, Column, Column> function) {
    return Column.fn("transform", column, Lambdas.of(function));
  }

  /** The map with each key replaced by {@code function} of key and value. */
  public static Column transform_keys(Column map, java.util.function.BiFunction<Column, Column, Column> function) {
    return Column.fn("transform_keys", map, Lambdas.of(function));
  }

  /** The map with each value replaced by {@code function} of key and value. */
  public static Column transform_values(Column map, java.util.function.BiFunction<Column, Column, Column> function) {
    return Column.fn("transform_values", map, Lambdas.of(function));
  }

  /** The array element or map value, or null when absent. */
  public static Column try_element_at(Column column, Column value) {
    return Column.fn("try_element_at", column, value);
  }

  /** Two arrays merged element by element with {@code function}. */
  public static Column zip_with(Column left, Column right, java.util.function.BiFunction<Column, Column, Column> function) {
    return Column.fn("zip_with", left, right, Lambdas.of(function));
  }

  // ---- Array functions (Spark's group array_funcs)

  /** An array of the columns' values. */
  public static Column array(Column... columns) {
    return Column.fn("array", (Object[]) columns);
  }

  /** An array of the named columns' values. */
  public static Column array(String columnName, String... columnNames) {
    return array(names(columnName, columnNames));
  }

  /** The array with element appended. */
  public static Column array_append(Column column, Object element) {
    return Column.fn("array_append", column, element);
  }

  /** The array without nulls. */
  public static Column array_compact(Column e) {
    return Column.fn("array_compact", e);
  }

  /** Whether the array contains {@code value}. */
  public static Column array_contains(Column column, Object value) {
    return Column.fn("array_contains", column, value);
  }

  /** The array without duplicates. */
  public static Column array_distinct(Column e) {
    return Column.fn("array_distinct", e);
  }

  /** The array without duplicates. Of the column called {@code columnName}. */
  public static Column array_distinct(String columnName) {
    return array_distinct(col(columnName));
  }

  /** The elements of a1 not in a2. */
  public static Column array_except(Column a1, Column a2) {
    return Column.fn("array_except", a1, a2);
  }

  /** The array with value inserted at 1-based pos. */
  public static Column array_insert(Column arr, Column pos, Column value) {
    return Column.fn("array_insert", arr, pos, value);
  }

  /** The elements in both, without duplicates. */
  public static Column array_intersect(Column a1, Column a2) {
    return Column.fn("array_intersect", a1, a2);
  }

  /** The elements joined by {@code delimiter}. */
  public static Column array_join(Column column, String delimiter) {
    return Column.fn("array_join", column, delimiter);
  }

  /** The elements joined by {@code delimiter}, nulls written as {@code nullReplacement}. */
  public static Column array_join(Column column, String delimiter, String nullReplacement) {
    return Column.fn("array_join", column, delimiter, nullReplacement);
  }

  /** The largest element. */
  public static Column array_max(Column e) {
    return Column.fn("array_max", e);
  }

  /** The largest element. Of the column called {@code columnName}. */
  public static Column array_max(String columnName) {
    return array_max(col(columnName));
  }

  /** The smallest element. */
  public static Column array_min(Column e) {
    return Column.fn("array_min", e);
  }

  /** The smallest element. Of the column called {@code columnName}. */
  public static Column array_min(String columnName) {
    return array_min(col(columnName));
  }

  /** The 1-based position of value, 0 if absent. */
  public static Column array_position(Column column, Object value) {
    return Column.fn("array_position", column, value);
  }

  /** The array with element prepended. */
  public static Column array_prepend(Column column, Object element) {
    return Column.fn("array_prepend", column, element);
  }

  /** The array without element. */
  public static Column array_remove(Column column, Object element) {
    return Column.fn("array_remove", column, element);
  }

  /** An array of count copies of e. */
  public static Column array_repeat(Column e, int count) {
    return Column.fn("array_repeat", e, count);
  }

  /**
   * An array of count copies of e. Spark's overload with {@code left} as a column, {@code right} as a
   * column.
   */
  public static Column array_repeat(Column left, Column right) {
    return Column.fn("array_repeat", left, right);
  }

  /** The number of elements. */
  public static Column array_size(Column e) {
    return Column.fn("array_size", e);
  }

  /** The elements of either, without duplicates. */
  public static Column array_union(Column a1, Column a2) {
    return Column.fn("array_union", a1, a2);
  }

  /** Whether the arrays share a non-null element. */
  public static Column arrays_overlap(Column a1, Column a2) {
    return Column.fn("arrays_overlap", a1, a2);
  }

  /** The arrays zipped into an array of structs. */
  public static Column arrays_zip(Column... columns) {
    return Column.fn("arrays_zip", (Object[]) columns);
  }

  /** An array of arrays as one array. */
  public static Column flatten(Column e) {
    return Column.fn("flatten", e);
  }

  /** An array of arrays as one array. Of the column called {@code columnName}. */
  public static Column flatten(String columnName) {
    return flatten(col(columnName));
  }

  /** The element at 0-based index, or null. */
  public static Column get(Column column, Column index) {
    return Column.fn("get", column, index);
  }

  /** The integers from start to stop. */
  public static Column sequence(Column start, Column stop) {
    return Column.fn("sequence", start, stop);
  }

  /** The values from start to stop by step. */
  public static Column sequence(Column start, Column stop, Column step) {
    return Column.fn("sequence", start, stop, step);
  }

  /** The array in a random order, from {@code seed} (chosen here when not given). */
  public static Column shuffle(Column e) {
    return shuffle(e, lit(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
  }

  /** The array in a random order, from {@code seed} (chosen here when not given). */
  public static Column shuffle(Column e, Column seed) {
    return Column.fn("shuffle", e, seed);
  }

  /** length elements from 1-based start. */
  public static Column slice(Column x, int start, int length) {
    return Column.fn("slice", x, start, length);
  }

  /** length elements from 1-based start. */
  public static Column slice(Column x, Column start, Column length) {
    return Column.fn("slice", x, start, length);
  }

  /** The array sorted, ascending or not; nulls first when ascending. */
  public static Column sort_array(Column e, boolean asc) {
    return Column.fn("sort_array", e, asc);
  }

  /** The array sorted ascending. */
  public static Column sort_array(Column e) {
    return sort_array(e, true);
  }

  // ---- Map functions (Spark's group map_funcs)

  /** A map of alternating keys and values. */
  public static Column map(Column... keysAndValues) {
    return Column.fn("map", (Object[]) keysAndValues);
  }

  /** The union of the maps. */
  public static Column map_concat(Column... columns) {
    return Column.fn("map_concat", (Object[]) columns);
  }

  /** Whether the map has key. */
  public static Column map_contains_key(Column column, Object key) {
    return Column.fn("map_contains_key", column, key);
  }

  /** The entries of a map as structs. */
  public static Column map_entries(Column e) {
    return Column.fn("map_entries", e);
  }

  /** A map of an array of keys and an array of values. */
  public static Column map_from_arrays(Column keys, Column values) {
    return Column.fn("map_from_arrays", keys, values);
  }

  /** A map of an array of (key, value) structs. */
  public static Column map_from_entries(Column e) {
    return Column.fn("map_from_entries", e);
  }

  /** A map of an array of (key, value) structs. Of the column called {@code columnName}. */
  public static Column map_from_entries(String columnName) {
    return map_from_entries(col(columnName));
  }

  /** The keys of a map. */
  public static Column map_keys(Column e) {
    return Column.fn("map_keys", e);
  }

  /** The keys of a map. Of the column called {@code columnName}. */
  public static Column map_keys(String columnName) {
    return map_keys(col(columnName));
  }

  /** The values of a map. */
  public static Column map_values(Column e) {
    return Column.fn("map_values", e);
  }

  /** The values of a map. Of the column called {@code columnName}. */
  public static Column map_values(String columnName) {
    return map_values(col(columnName));
  }

  /** The text split into a map with ',' and ':'. */
  public static Column str_to_map(Column text) {
    return Column.fn("str_to_map", text);
  }

  /** The text split into a map. */
  public static Column str_to_map(Column text, Column pairDelim) {
    return Column.fn("str_to_map", text, pairDelim);
  }

  /** The text split into a map. */
  public static Column str_to_map(Column text, Column pairDelim, Column keyValueDelim) {
    return Column.fn("str_to_map", text, pairDelim, keyValueDelim);
  }

  // ---- Struct functions (Spark's group struct_funcs)

  /** A struct of alternating field names and values. */
  public static Column named_struct(Column... namesAndValues) {
    return Column.fn("named_struct", (Object[]) namesAndValues);
  }

  /** A struct of the columns, fields named after them. */
  public static Column struct(Column... columns) {
    return Column.fn("struct", (Object[]) columns);
  }

  /** A struct of the named columns. */
  public static Column struct(String columnName, String... columnNames) {
    return struct(names(columnName, columnNames));
  }

  // ---- ST geospatial functions (Spark's group st_funcs)

  /**
   * The geometry or geography as Well-Known Binary, in {@code endianness} ('NDR' little-endian by
   * default, or 'XDR').
   */
  public static Column st_asbinary(Column geo) {
    return Column.fn("st_asbinary", geo);
  }

  /**
   * The geometry or geography as Well-Known Binary, in {@code endianness} ('NDR' little-endian by
   * default, or 'XDR').
   */
  public static Column st_asbinary(Column geo, Column endianness) {
    return Column.fn("st_asbinary", geo, endianness);
  }

  /**
   * The geometry or geography as Well-Known Binary, in {@code endianness} ('NDR' little-endian by
   * default, or 'XDR').
   */
  public static Column st_asbinary(Column geo, String endianness) {
    return Column.fn("st_asbinary", geo, lit(endianness));
  }

  /** The GEOGRAPHY that Well-Known Binary describes. */
  public static Column st_geogfromwkb(Column wkb) {
    return Column.fn("st_geogfromwkb", wkb);
  }

  /** The GEOMETRY that Well-Known Binary describes, in spatial reference {@code srid} (0 by default). */
  public static Column st_geomfromwkb(Column wkb) {
    return Column.fn("st_geomfromwkb", wkb);
  }

  /** The GEOMETRY that Well-Known Binary describes, in spatial reference {@code srid} (0 by default). */
  public static Column st_geomfromwkb(Column wkb, Column srid) {
    return Column.fn("st_geomfromwkb", wkb, srid);
  }

  /** The GEOMETRY that Well-Known Binary describes, in spatial reference {@code srid} (0 by default). */
  public static Column st_geomfromwkb(Column wkb, int srid) {
    return Column.fn("st_geomfromwkb", wkb, lit(srid));
  }

  /** The geometry or geography with its spatial reference id set to {@code srid}. */
  public static Column st_setsrid(Column geo, Column srid) {
    return Column.fn("st_setsrid", geo, srid);
  }

  /** The geometry or geography with its spatial reference id set to {@code srid}. */
  public static Column st_setsrid(Column geo, int srid) {
    return Column.fn("st_setsrid", geo, lit(srid));
  }

  /** The spatial reference id of a geometry or geography. */
  public static Column st_srid(Column geo) {
    return Column.fn("st_srid", geo);
  }

  // ---- CSV functions (Spark's group csv_funcs)

  /** The CSV string parsed into a struct of {@code schema}, with parser options. */
  public static Column from_csv(Column e, dev.sparkconnect.client.types.StructType schema, java.util.Map<String, String> options) {
    return fnWithOptions("from_csv", options, e, schema.toDDL());
  }

  /** The CSV string parsed into a struct of the schema a column (DDL text) describes, with parser options. */
  public static Column from_csv(Column e, Column schema, java.util.Map<String, String> options) {
    return fnWithOptions("from_csv", options, e, schema);
  }

  /** The schema of a CSV string, as DDL. */
  public static Column schema_of_csv(Column csv) {
    return Column.fn("schema_of_csv", csv);
  }

  /** The schema of a CSV string, with parser options. */
  public static Column schema_of_csv(Column csv, java.util.Map<String, String> options) {
    return fnWithOptions("schema_of_csv", options, csv);
  }

  /** The schema of a CSV example string, as DDL: {@code schema_of_csv("1,abc")} is {@code STRUCT<_c0: INT, _c1: STRING>}. */
  public static Column schema_of_csv(String csv) {
    return schema_of_csv(lit(csv));
  }

  /** The struct as a CSV string, with writer options. */
  public static Column to_csv(Column e, java.util.Map<String, String> options) {
    return fnWithOptions("to_csv", options, e);
  }

  /** The struct as a CSV string: {@code to_csv(struct(col("a"), col("b")))}. */
  public static Column to_csv(Column e) {
    return Column.fn("to_csv", e);
  }

  // ---- JSON functions (Spark's group json_funcs)

  /** The JSON string parsed into a struct of {@code schema}. */
  public static Column from_json(Column e, dev.sparkconnect.client.types.DataType schema) {
    return Column.fn("from_json", e, schema.sql());
  }

  /** The JSON string parsed into a struct of {@code schema}. */
  public static Column from_json(Column e, dev.sparkconnect.client.types.StructType schema) {
    return from_json(e, (dev.sparkconnect.client.types.DataType) schema);
  }

  /** The JSON string parsed into a struct of {@code schema}, with parser options. */
  public static Column from_json(Column e, dev.sparkconnect.client.types.StructType schema,
      java.util.Map<String, String> options) {
    return from_json(e, (dev.sparkconnect.client.types.DataType) schema, options);
  }

  /** The JSON string parsed into a struct of {@code schema}, with parser options. */
  public static Column from_json(Column e, dev.sparkconnect.client.types.DataType schema, java.util.Map<String, String> options) {
    return fnWithOptions("from_json", options, e, schema.sql());
  }

  /** The JSON string parsed into the type a schema column (JSON or DDL text) describes. */
  public static Column from_json(Column e, Column schema) {
    return Column.fn("from_json", e, schema);
  }

  /**
   * The JSON string parsed into the type that {@code schema} describes, as DDL
   * ({@code "a INT, b STRING"}) or as Spark's JSON schema form, with parser options.
   */
  public static Column from_json(Column e, String schema, java.util.Map<String, String> options) {
    return from_json(e, lit(schema), options);
  }

  /** The JSON string parsed into the type a schema column (JSON or DDL text) describes, with parser options. */
  public static Column from_json(Column e, Column schema, java.util.Map<String, String> options) {
    return fnWithOptions("from_json", options, e, schema);
  }

  /** The JSON value at path, as text. */
  public static Column get_json_object(Column e, String path) {
    return Column.fn("get_json_object", e, path);
  }

  /** The number of elements of a JSON array. */
  public static Column json_array_length(Column e) {
    return Column.fn("json_array_length", e);
  }

  /** The keys of a JSON object. */
  public static Column json_object_keys(Column e) {
    return Column.fn("json_object_keys", e);
  }

  /** One column per field name, read from a JSON string. */
  public static Column json_tuple(Column json, String... fields) {
    java.util.List<Object> arguments = new java.util.ArrayList<>();
    arguments.add(json);
    arguments.addAll(java.util.Arrays.asList(fields));
    return Column.fn("json_tuple", arguments.toArray());
  }

  /** The schema of a JSON string, as DDL. */
  public static Column schema_of_json(Column json) {
    return Column.fn("schema_of_json", json);
  }

  /** The schema of a JSON string, as DDL. */
  public static Column schema_of_json(String json) {
    return Column.fn("schema_of_json", json);
  }

  /** The schema of a JSON string, with parser options. */
  public static Column schema_of_json(Column json, java.util.Map<String, String> options) {
    return fnWithOptions("schema_of_json", options, json);
  }

  /** The value as a JSON string. */
  public static Column to_json(Column e) {
    return Column.fn("to_json", e);
  }

  /** The value as a JSON string, with writer options. */
  public static Column to_json(Column e, java.util.Map<String, String> options) {
    return fnWithOptions("to_json", options, e);
  }

  // ---- VARIANT functions (Spark's group variant_funcs)

  /** Whether the variant is well-formed. */
  public static Column is_valid_variant(Column v) {
    return Column.fn("is_valid_variant", v);
  }

  /** Whether a variant is a JSON null. */
  public static Column is_variant_null(Column e) {
    return Column.fn("is_variant_null", e);
  }

  /** JSON text as a VARIANT. */
  public static Column parse_json(Column e) {
    return Column.fn("parse_json", e);
  }

  /** The schema of a variant. */
  public static Column schema_of_variant(Column e) {
    return Column.fn("schema_of_variant", e);
  }

  /** The merged schema of all variants. */
  public static Column schema_of_variant_agg(Column v) {
    return Column.fn("schema_of_variant_agg", v);
  }

  /** A struct or map as a variant object. */
  public static Column to_variant_object(Column e) {
    return Column.fn("to_variant_object", e);
  }

  /** JSON text as a VARIANT, or null. */
  public static Column try_parse_json(Column e) {
    return Column.fn("try_parse_json", e);
  }

  /** As variant_get, but null where the value cannot be cast. */
  public static Column try_variant_get(Column v, String path, String targetType) {
    return Column.fn("try_variant_get", v, path, targetType);
  }

  /**
   * As variant_get, but null where the value cannot be cast. Spark's overload with {@code v} as a
   * column, {@code path} as a column, {@code targetType} as a value.
   */
  public static Column try_variant_get(Column v, Column path, String targetType) {
    return Column.fn("try_variant_get", v, lit(path), lit(targetType));
  }

  /** The value at JSON path in the variant, cast to the SQL type named by {@code targetType}. */
  public static Column variant_get(Column v, String path, String targetType) {
    return Column.fn("variant_get", v, path, targetType);
  }

  /**
   * The value at JSON path in the variant, cast to the SQL type named by {@code targetType}. Spark's
   * overload with {@code v} as a column, {@code path} as a column, {@code targetType} as a value.
   */
  public static Column variant_get(Column v, Column path, String targetType) {
    return Column.fn("variant_get", v, path, lit(targetType));
  }

  // ---- XML functions (Spark's group xml_funcs)

  /** The XML string parsed into the type a schema column describes. */
  public static Column from_xml(Column e, Column schema) {
    return Column.fn("from_xml", e, schema);
  }

  /** The XML string parsed into a struct of {@code schema}. */
  public static Column from_xml(Column e, dev.sparkconnect.client.types.StructType schema) {
    return Column.fn("from_xml", e, schema.sql());
  }

  /** The XML string parsed into the type {@code schema} (DDL text) describes, with parser options. */
  public static Column from_xml(Column e, String schema, java.util.Map<String, String> options) {
    return from_xml(e, lit(schema), options);
  }

  /** The XML string parsed into a struct of {@code schema}, with parser options (such as {@code mode}). */
  public static Column from_xml(Column e, dev.sparkconnect.client.types.StructType schema,
      java.util.Map<String, String> options) {
    return fnWithOptions("from_xml", options, e, schema.sql());
  }

  /** The XML string parsed into the type a schema column (DDL text) describes, with parser options. */
  public static Column from_xml(Column e, Column schema, java.util.Map<String, String> options) {
    return fnWithOptions("from_xml", options, e, schema);
  }

  /** The schema of an XML example string, as DDL. */
  public static Column schema_of_xml(String xml) {
    return schema_of_xml(lit(xml));
  }

  /** The schema of an XML example string, as DDL. */
  public static Column schema_of_xml(Column xml) {
    return Column.fn("schema_of_xml", xml);
  }

  /** The schema of an XML example string, as DDL, with parser options. */
  public static Column schema_of_xml(Column xml, java.util.Map<String, String> options) {
    return fnWithOptions("schema_of_xml", options, xml);
  }

  /** The struct as an XML string: {@code to_xml(struct(col("a"), col("b")))}. */
  public static Column to_xml(Column e) {
    return Column.fn("to_xml", e);
  }

  /** The struct as an XML string, with writer options (such as {@code rowTag}). */
  public static Column to_xml(Column e, java.util.Map<String, String> options) {
    return fnWithOptions("to_xml", options, e);
  }

  /** The XPath expression evaluated on the XML string (xpath). */
  public static Column xpath(Column xml, Column path) {
    return Column.fn("xpath", xml, path);
  }

  /** The XPath expression evaluated on the XML string (xpath_boolean). */
  public static Column xpath_boolean(Column xml, Column path) {
    return Column.fn("xpath_boolean", xml, path);
  }

  /** The XPath expression evaluated on the XML string (xpath_double). */
  public static Column xpath_double(Column xml, Column path) {
    return Column.fn("xpath_double", xml, path);
  }

  /** The XPath expression evaluated on the XML string (xpath_float). */
  public static Column xpath_float(Column xml, Column path) {
    return Column.fn("xpath_float", xml, path);
  }

  /** The XPath expression evaluated on the XML string (xpath_int). */
  public static Column xpath_int(Column xml, Column path) {
    return Column.fn("xpath_int", xml, path);
  }

  /** The XPath expression evaluated on the XML string (xpath_long). */
  public static Column xpath_long(Column xml, Column path) {
    return Column.fn("xpath_long", xml, path);
  }

  /** The XPath expression evaluated on the XML string (xpath_number). */
  public static Column xpath_number(Column xml, Column path) {
    return Column.fn("xpath_number", xml, path);
  }

  /** The XPath expression evaluated on the XML string (xpath_short). */
  public static Column xpath_short(Column xml, Column path) {
    return Column.fn("xpath_short", xml, path);
  }

  /** The XPath expression evaluated on the XML string (xpath_string). */
  public static Column xpath_string(Column xml, Column path) {
    return Column.fn("xpath_string", xml, path);
  }

  // ---- URL functions (Spark's group url_funcs)

  /** A part of a URL (HOST, PATH, QUERY, ...). */
  public static Column parse_url(Column url, Column partToExtract) {
    return Column.fn("parse_url", url, partToExtract);
  }

  /** The value of key in a URL's query. */
  public static Column parse_url(Column url, Column partToExtract, Column key) {
    return Column.fn("parse_url", url, partToExtract, key);
  }

  /** A part of a URL, or null. */
  public static Column try_parse_url(Column url, Column partToExtract) {
    return Column.fn("try_parse_url", url, partToExtract);
  }

  /** The value of key in a URL's query, or null. */
  public static Column try_parse_url(Column url, Column partToExtract, Column key) {
    return Column.fn("try_parse_url", url, partToExtract, key);
  }

  /** The string URL-decoded, or null. */
  public static Column try_url_decode(Column str) {
    return Column.fn("try_url_decode", str);
  }

  /** The string URL-decoded. */
  public static Column url_decode(Column str) {
    return Column.fn("url_decode", str);
  }

  /** The string URL-encoded. */
  public static Column url_encode(Column str) {
    return Column.fn("url_encode", str);
  }

  // ---- Partition transform functions (Spark's group partition_transforms)

  /** A partition transform into numBuckets hash buckets. */
  public static Column bucket(int numBuckets, Column e) {
    return Column.internalFn("bucket", numBuckets, e);
  }

  /** A partition transform: rows hashed into {@code numBuckets} buckets by {@code e}; the bucket count as a column. */
  public static Column bucket(Column numBuckets, Column e) {
    return Column.internalFn("bucket", numBuckets, e);
  }

  /** A partition transform by day. */
  public static Column days(Column e) {
    return Column.internalFn("days", e);
  }

  /** A partition transform by hour. */
  public static Column hours(Column e) {
    return Column.internalFn("hours", e);
  }

  /** A partition transform by month. */
  public static Column months(Column e) {
    return Column.internalFn("months", e);
  }

  /** A partition transform by year. */
  public static Column years(Column e) {
    return Column.internalFn("years", e);
  }

  // ---- plumbing

  /**
   * A call of {@code name} on {@code arguments}, followed by the options as a map of string
   * literals in the map's order; with no options the map is left out, as Spark's client does (an
   * empty {@code map()} has no string type, and the server refuses it).
   */
  private static Column fnWithOptions(String name, java.util.Map<String, String> options, Object... arguments) {
    if (options.isEmpty()) {
      return Column.fn(name, arguments);
    }
    java.util.List<Object> keysAndValues = new java.util.ArrayList<>();
    options.forEach((key, value) -> {
      keysAndValues.add(key);
      keysAndValues.add(value);
    });
    Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
    all[arguments.length] = Column.fn("map", keysAndValues.toArray());
    return Column.fn(name, all);
  }

  static Column distinctFn(String name, Object... arguments) {
    Expression.UnresolvedFunction.Builder function = Expression.UnresolvedFunction.newBuilder()
        .setFunctionName(name)
        .setIsDistinct(true)
        .setIsInternal(false);
    for (Object argument : arguments) {
      function.addArguments(lit(argument).expr());
    }
    return Column.derived(Expression.newBuilder().setUnresolvedFunction(function).build(), arguments);
  }

  /** The columns named {@code first} and {@code more}, unbound to any DataFrame, for Spark's (String, String...) overloads. */
  static Column[] names(String first, String... more) {
    Column[] columns = new Column[more.length + 1];
    columns[0] = col(first);
    for (int i = 0; i < more.length; i++) {
      columns[i + 1] = col(more[i]);
    }
    return columns;
  }
}
