package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The cases of Apache Spark's PlanGenerationTestSuite, written with this client's API: each builds
 * the same operation as the Scala case of that name, to be compared plan for plan with its golden
 * file. Cases are named as the golden files are (spaces as underscores).
 */
final class PlanParityCases {

  private final Map<String, Function<PlanParityInputs, DataFrame>> cases = new LinkedHashMap<>();

  private PlanParityCases() {
    datasetApi();
    columnApi();
    aggregateFunctions();
  }

  static Map<String, Function<PlanParityInputs, DataFrame>> all() {
    return new PlanParityCases().cases;
  }

  private void add(String name, Function<PlanParityInputs, DataFrame> build) {
    if (cases.put(name, build) != null) {
      throw new IllegalStateException("Case " + name + " is written twice");
    }
  }

  /** A Column case: {@code complex.select(column)}. */
  private void column(String name, java.util.function.Supplier<Column> column) {
    add("column_" + name, in -> in.complex().select(column.get()));
  }

  /** An ordering Column case: {@code complex.orderBy(column)}. */
  private void order(String name, java.util.function.Supplier<Column> column) {
    add("column_" + name, in -> in.complex().orderBy(column.get()));
  }

  /** A function case: {@code complex.select(column)}. */
  private void function(String name, java.util.function.Supplier<Column> column) {
    add("function_" + name, in -> in.complex().select(column.get()));
  }

  private void datasetApi() {
    add("range", in -> in.session.range(1, 10, 1, 2));
    add("select", in -> in.simple().select(col("id")));
    add("limit", in -> in.simple().limit(10));
    add("filter", in -> in.simple().filter(col("id").equalTo(lit(10L))));
    add("toDF", in -> in.simple().toDF("x1", "x2", "x3"));
    add("join_inner_no_condition", in -> in.left().join(in.right()));
    add("join_inner_using_single_col", in -> in.left().join(in.right(), "id"));
    add("join_inner_using_multiple_col_array", in -> in.left().join(in.right(), List.of("id", "a")));
    add("join_inner_using_multiple_col_seq", in -> in.left().join(in.right(), List.of("id", "a")));
    add("join_using_single_col", in -> in.left().join(in.right(), List.of("id"), "left_semi"));
    add("join_using_multiple_col_array", in -> in.left().join(in.right(), List.of("id", "a"), "full_outer"));
    add("join_using_multiple_col_seq", in -> in.left().join(in.right(), List.of("id", "a"), "right_outer"));
    add("join_inner_condition", in -> in.left().alias("l").join(in.right().alias("r"),
        col("l.a").equalTo(col("r.a"))));
    add("join_condition", in -> in.left().as("l").join(in.right().as("r"), col("l.id").equalTo(col("r.id")),
        "left_anti"));
    add("crossJoin", in -> in.left().crossJoin(in.right()));
    add("sortWithinPartitions_strings", in -> in.simple().sortWithinPartitions("a", "id"));
    add("sortWithinPartitions_columns", in -> in.simple().sortWithinPartitions(col("id"), col("b")));
    add("sort_strings", in -> in.simple().sort("b", "a"));
    add("sort_columns", in -> in.simple().sort(col("id"), col("b")));
    add("orderBy_strings", in -> in.simple().sort("b", "id", "a"));
    add("orderBy_columns", in -> in.simple().sort(col("id"), col("b"), col("a")));
    add("apply", in -> {
      DataFrame stable = in.simple();
      return stable.select(stable.apply("a"));
    });
    add("hint", in -> in.simple().hint("coalesce", 100));
    add("col", in -> {
      DataFrame stable = in.simple();
      return stable.select(stable.col("id"), stable.col("b"));
    });
    add("as_string", in -> in.simple().as("foo"));
    add("as_symbol", in -> in.simple().as("bar"));
    add("alias_string", in -> in.simple().alias("fooz"));
    add("alias_symbol", in -> in.simple().alias("bob"));
    add("select_strings", in -> in.simple().select("id", "a"));
    add("selectExpr", in -> in.simple().selectExpr("a + 10 as x", "id % 10 as grp"));
    add("filter_expr", in -> in.simple().filter("exp(a) < 10.0"));
    add("where_column", in -> in.simple().where(col("id").equalTo(lit(1L))));
    add("where_expr", in -> in.simple().where("a + id < 1000"));
    add("between_expr", in -> in.simple().selectExpr("rand(123) BETWEEN 0.1 AND 0.2"));
    add("offset", in -> in.simple().offset(1000));
    add("union", in -> in.simple().union(in.simple()));
    add("unionAll", in -> in.simple().union(in.simple()));
    add("unionByName", in -> in.simple().drop("b").unionByName(in.right().drop("payload")));
    add("unionByName_allowMissingColumns", in -> in.simple().unionByName(in.right(), true));
    add("intersect", in -> in.simple().intersect(in.simple()));
    add("intersectAll", in -> in.simple().intersectAll(in.simple()));
    add("except", in -> in.simple().except(in.simple()));
    add("exceptAll", in -> in.simple().exceptAll(in.simple()));
    add("withColumn_single", in -> in.simple().withColumn("z", expr("a + 100")));
    add("withColumns_scala_map", in -> {
      Map<String, Column> columns = new LinkedHashMap<>();
      columns.put("b", lit("redacted"));
      columns.put("z", expr("a + 100"));
      return in.simple().withColumns(columns);
    });
    add("withColumns_java_map", in -> {
      Map<String, Column> columns = new HashMap<>();
      columns.put("g", col("id"));
      columns.put("a", lit("123"));
      return in.simple().withColumns(columns);
    });
    add("withColumnRenamed_single", in -> in.simple().withColumnRenamed("id", "nid"));
    add("withColumnRenamed_scala_map", in -> {
      Map<String, String> renames = new LinkedHashMap<>();
      renames.put("a", "alpha");
      renames.put("b", "beta");
      return in.simple().withColumnsRenamed(renames);
    });
    add("withColumnRenamed_java_map", in -> {
      Map<String, String> renames = new HashMap<>();
      renames.put("id", "nid");
      renames.put("b", "bravo");
      return in.simple().withColumnsRenamed(renames);
    });
    add("drop_single_string", in -> in.simple().drop("a"));
    add("drop_multiple_strings", in -> in.simple().drop("id", "a", "b"));
    add("drop_single_column", in -> in.simple().drop(col("b")));
    add("drop_multiple_column", in -> in.simple().drop(col("b"), col("id")));
    add("dropDuplicates", in -> in.simple().dropDuplicates());
    add("dropDuplicates_names_seq", in -> in.simple().dropDuplicates("a", "b"));
    add("dropDuplicates_names_array", in -> in.simple().dropDuplicates("a", "id"));
    add("dropDuplicates_varargs", in -> in.simple().dropDuplicates("a", "b", "id"));
    add("repartition", in -> in.simple().repartition(24));
    add("coalesce", in -> in.simple().coalesce(5));
    add("distinct", in -> in.simple().distinct());
  }

  private void columnApi() {
    column("apply", () -> col("f").apply("super_duper_key"));
    column("unary_minus", () -> lit(1).unary_minus());
    column("not", () -> not(lit(true)));
    column("equals", () -> col("a").equalTo(col("b")));
    column("not_equals", () -> col("a").notEqual(col("b")));
    column("gt", () -> col("a").gt(col("b")));
    column("lt", () -> col("a").lt(col("b")));
    column("geq", () -> col("a").geq(col("b")));
    column("leq", () -> col("a").leq(col("b")));
    column("eqNullSafe", () -> col("a").eqNullSafe(col("b")));
    column("when_otherwise", () -> {
      Column a = col("a");
      return when(a.lt(10), "low").when(a.lt(20), "medium").otherwise("high");
    });
    column("between", () -> col("a").between(10, 20));
    column("isNaN", () -> col("b").isNaN());
    column("isNull", () -> col("g").isNull());
    column("isNotNull", () -> col("g").isNotNull());
    column("and", () -> col("a").gt(10).and(col("b").lt(0.5d)));
    column("or", () -> col("a").gt(10).or(col("b").lt(0.5d)));
    column("add", () -> col("a").plus(col("b")));
    column("subtract", () -> col("a").minus(col("b")));
    column("multiply", () -> col("a").multiply(col("b")));
    column("divide", () -> col("a").divide(col("b")));
    column("modulo", () -> col("a").mod(10));
    column("isin", () -> col("g").isin("hello", "world", "foo"));
    column("like", () -> col("g").like("%bob%"));
    // The Scala cases named rlike and ilike call like(), and so do these.
    column("rlike", () -> col("g").like("^[0-9]*$"));
    column("ilike", () -> col("g").like("%fOb%"));
    column("getItem", () -> col("e").getItem(3));
    column("withField", () -> col("d").withField("x", lit("xq")));
    column("dropFields", () -> col("d").dropFields("a", "c"));
    column("getField", () -> col("d").getItem("b"));
    column("substr", () -> col("g").substr(8, 3));
    column("contains", () -> col("g").contains("baz"));
    column("startsWith", () -> col("g").startsWith("prefix_"));
    column("endsWith", () -> col("g").endsWith("suffix_"));
    column("alias", () -> col("a").name("b"));
    column("as_multi", () -> expr("inline(map_values(f))").as("v1", "v2", "v3"));
    column("as_with_metadata", () -> col("e").as("e_mod", "{\"comment\":\"modified E field\"}"));
    column("cast", () -> col("a").cast("long"));
    column("try_cast", () -> col("a").try_cast("long"));
    order("desc", () -> col("b").desc());
    order("desc_nulls_first", () -> col("b").desc_nulls_first());
    order("desc_nulls_last", () -> col("b").desc_nulls_last());
    order("asc", () -> col("a").asc());
    order("asc_nulls_first", () -> col("a").asc_nulls_first());
    order("asc_nulls_last", () -> col("a").asc_nulls_last());
    column("bitwiseOR", () -> col("a").bitwiseOR(7));
    column("bitwiseAND", () -> col("a").bitwiseAND(255));
    column("bitwiseXOR", () -> col("a").bitwiseXOR(78));
    column("star", () -> col("*"));
    column("star_with_target", () -> col("d.*"));
  }

  private void aggregateFunctions() {
    function("col", () -> col("id"));
    function("asc", () -> asc("a"));
    function("asc_nulls_first", () -> asc_nulls_first("a"));
    function("asc_nulls_last", () -> asc_nulls_last("a"));
    function("desc", () -> desc("a"));
    function("desc_nulls_first", () -> desc_nulls_first("a"));
    function("desc_nulls_last", () -> desc_nulls_last("a"));
    function("approx_count_distinct", () -> approx_count_distinct("a"));
    function("approx_count_distinct_rsd", () -> approx_count_distinct("a", 0.1));
    function("avg", () -> avg("a"));
    function("collect_list", () -> collect_list("a"));
    function("collect_set", () -> collect_set("a"));
    function("corr", () -> corr("a", "b"));
    function("count", () -> count(col("a")));
    add("function_count_typed", in -> in.simple().select(count("a")));
    function("countDistinct", () -> countDistinct("a", "g"));
    function("covar_pop", () -> covar_pop("a", "b"));
    function("covar_samp", () -> covar_samp("a", "b"));
    function("first_with_ignore_nulls", () -> first("a", true));
    function("first_with_respect_nulls", () -> first("a"));
    function("first_value_with_ignore_nulls", () -> first_value(col("a"), lit(true)));
    function("first_value_with_respect_nulls", () -> first_value(col("a")));
    function("any_value_with_ignore_nulls", () -> any_value(col("a"), lit(true)));
    function("any_value_with_respect_nulls", () -> any_value(col("a")));
    function("kurtosis", () -> kurtosis("a"));
    function("last_with_ignore_nulls", () -> last("a", true));
    function("last_with_respect_nulls", () -> last("a"));
    function("last_value_with_ignore_nulls", () -> last_value(col("a"), lit(true)));
    function("last_value_with_respect_nulls", () -> last_value(col("a")));
    function("count_if", () -> count_if(col("a").gt(0)));
    function("histogram_numeric", () -> histogram_numeric(col("a"), lit(10)));
    function("bit_and", () -> bit_and(col("a")));
    function("bit_or", () -> bit_or(col("a")));
    function("bit_xor", () -> bit_xor(col("a")));
    function("mode", () -> mode(col("a")));
    add("function_max", in -> in.simple().select(max("id")));
    function("max_by", () -> max_by(col("a"), col("b")));
    function("median", () -> median(col("a")));
    function("min", () -> min("a"));
    function("min_by", () -> min_by(col("a"), col("b")));
    function("percentile_without_frequency", () -> percentile(col("a"), lit(0.3)));
    function("percentile_with_frequency", () -> percentile(col("a"), lit(0.3), lit(2)));
    function("percentile_approx", () -> percentile_approx(col("a"), lit(0.3), lit(20)));
    function("approx_percentile", () -> approx_percentile(col("a"), lit(0.3), lit(20)));
    function("product", () -> product(col("a")));
    function("skewness", () -> skewness("a"));
    function("stddev", () -> stddev("a"));
    function("std", () -> std(col("a")));
    function("stddev_samp", () -> stddev_samp("a"));
    function("stddev_pop", () -> stddev_pop("a"));
    function("sum", () -> sum("a"));
    function("sum_distinct", () -> sum_distinct(col("a")));
    function("variance", () -> variance("a"));
    function("var_samp", () -> var_samp("a"));
    function("var_pop", () -> var_pop("a"));
    function("regr_avgx", () -> regr_avgx(col("a"), col("b")));
    function("regr_avgy", () -> regr_avgy(col("a"), col("b")));
    function("regr_count", () -> regr_count(col("a"), col("b")));
    function("regr_intercept", () -> regr_intercept(col("a"), col("b")));
    function("regr_r2", () -> regr_r2(col("a"), col("b")));
    function("regr_slope", () -> regr_slope(col("a"), col("b")));
    function("regr_sxx", () -> regr_sxx(col("a"), col("b")));
    function("regr_sxy", () -> regr_sxy(col("a"), col("b")));
    function("regr_syy", () -> regr_syy(col("a"), col("b")));
    add("function_every", in -> in.booleans().select(every(col("flag"))));
    add("function_bool_and", in -> in.booleans().select(bool_and(col("flag"))));
    add("function_some", in -> in.booleans().select(some(col("flag"))));
    add("function_any", in -> in.booleans().select(any(col("flag"))));
    add("function_bool_or", in -> in.booleans().select(bool_or(col("flag"))));
    function("array", () -> array("a", "a"));
    function("map", () -> map(col("a"), col("g"), lit(22), lit("dummy")));
    function("map_from_arrays", () -> map_from_arrays(array(lit(1), lit(2)), array(lit("one"), lit("two"))));
    function("coalesce", () -> coalesce(col("a"), lit(3)));
    function("input_file_name", () -> input_file_name());
  }
}
