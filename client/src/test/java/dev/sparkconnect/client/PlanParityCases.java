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
    scalarFunctions();
    collectionAndTimeFunctions();
    stringAndMiscFunctions();
    groupingAndReshaping();
    readersAndHelpers();
    typedDatasets();
  }

  static Map<String, Function<PlanParityInputs, DataFrame>> all() {
    return new PlanParityCases().cases;
  }

  private void add(String name, Function<PlanParityInputs, DataFrame> build) {
    if (cases.put(name, build) != null) {
      throw new IllegalStateException("Case " + name + " is written twice");
    }
  }

  /** {@code count} bytes counting up from {@code first}, as Scala's Array.tabulate makes them. */
  private static byte[] bytes(int first, int count) {
    byte[] bytes = new byte[count];
    for (int i = 0; i < count; i++) {
      bytes[i] = (byte) (first + i);
    }
    return bytes;
  }

  /** A Column case: {@code complex.select(column)}. */
  private void column(String name, java.util.function.Supplier<Column> column) {
    add("column_" + name, in -> in.complex().select(column.get()));
  }

  /** An ordering Column case: {@code complex.orderBy(column)}. */
  private void order(String name, java.util.function.Supplier<Column> column) {
    add("column_" + name, in -> in.complex().orderBy(column.get()));
  }

  /** The schema of {@code simple}, as the Scala cases pass it to schema-taking functions. */
  static final dev.sparkconnect.client.types.StructType SIMPLE_SCHEMA = new dev.sparkconnect.client.types.StructType()
      .add("id", dev.sparkconnect.client.types.DataTypes.LongType)
      .add("a", dev.sparkconnect.client.types.DataTypes.IntegerType)
      .add("b", dev.sparkconnect.client.types.DataTypes.DoubleType);

  /** A temporal function case: {@code temporals.select(column)}. */
  private void temporal(String name, java.util.function.Supplier<Column> column) {
    add("function_" + name, in -> in.temporals().select(column.get()));
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

  private void scalarFunctions() {
    function("isnan", () -> isnan(col("b")));
    function("isnull", () -> isnull(col("a")));
    function("monotonically_increasing_id", () -> monotonically_increasing_id());
    function("nanvl", () -> nanvl(lit(Double.NaN), col("a")));
    function("negate", () -> negate(col("a")));
    function("rand_with_seed", () -> rand(133));
    function("randn_with_seed", () -> randn(133));
    function("spark_partition_id", () -> spark_partition_id());
    function("sqrt", () -> sqrt("b"));
    function("try_add", () -> try_add(col("a"), col("a")));
    function("try_avg", () -> try_avg(col("a")));
    function("try_divide", () -> try_divide(col("a"), col("a")));
    function("try_multiply", () -> try_multiply(col("a"), col("a")));
    function("try_subtract", () -> try_subtract(col("a"), col("a")));
    function("try_sum", () -> try_sum(col("a")));
    function("try_to_timestamp", () -> try_to_timestamp(col("g"), col("g")));
    function("try_to_timestamp_without_format", () -> try_to_timestamp(col("g")));
    function("try_to_binary", () -> try_to_binary(col("g"), lit("format")));
    function("try_to_binary_without_format", () -> try_to_binary(col("g")));
    function("try_to_number", () -> try_to_number(col("g"), lit("99,999")));
    function("try_element_at_array", () -> try_element_at(col("e"), col("a")));
    function("try_element_at_map", () -> try_element_at(col("f"), col("g")));
    function("struct", () -> struct("a", "d"));
    function("bitwise_not", () -> bitwise_not(col("a")));
    function("bit_count", () -> bit_count(col("a")));
    function("bit_get", () -> bit_get(col("a"), lit(0)));
    function("getbit", () -> getbit(col("a"), lit(0)));
    function("expr", () -> expr("a + 1"));
    function("abs", () -> abs(col("a")));
    function("acos", () -> acos("b"));
    function("acosh", () -> acosh("b"));
    function("asin", () -> asin("b"));
    function("asinh", () -> asinh("b"));
    function("atan", () -> atan("b"));
    function("atan2", () -> atan2(col("a").cast("double"), "b"));
    function("atanh", () -> atanh("b"));
    function("bin", () -> bin("b"));
    function("ceil", () -> ceil("b"));
    function("ceil_scale", () -> ceil(col("b"), lit(2)));
    function("ceiling", () -> ceiling(col("b")));
    function("ceiling_scale", () -> ceiling(col("b"), lit(2)));
    function("conv", () -> conv(col("b"), 10, 16));
    function("cos", () -> cos("b"));
    function("cosh", () -> cosh("b"));
    function("cot", () -> cot(col("b")));
    function("csc", () -> csc(col("b")));
    function("e", () -> e());
    function("exp", () -> exp("b"));
    function("expm1", () -> expm1("b"));
    function("factorial", () -> factorial(col("a").mod(10)));
    function("floor", () -> floor("b"));
    function("floor_scale", () -> floor(col("b"), lit(2)));
    function("greatest", () -> greatest(col("a"), col("d").getItem("a")));
    function("hex", () -> hex(col("a")));
    function("unhex", () -> unhex(col("a")));
    function("hypot", () -> hypot(col("a"), col("b")));
    function("least", () -> least(col("a"), col("d").getItem("a")));
    function("log", () -> log("b"));
    function("ln", () -> ln(col("b")));
    function("log_with_base", () -> log(2, "b"));
    function("log10", () -> log10("b"));
    function("log1p", () -> log1p("a"));
    function("log2", () -> log2("a"));
    function("negative", () -> negative(col("a")));
    function("pi", () -> pi());
    function("positive", () -> positive(col("a")));
    function("pow", () -> pow("a", "b"));
    function("power", () -> power(col("a"), col("b")));
    function("pmod", () -> pmod(col("a"), lit(10)));
    function("rint", () -> rint("b"));
    function("round", () -> round(col("b"), 2));
    // The Scala case named bround calls round(), and so does this one.
    function("bround", () -> round(col("b"), 2));
    function("sec", () -> sec(col("b")));
    function("shiftleft", () -> shiftleft(col("b"), 2));
    function("shiftright", () -> shiftright(col("b"), 2));
    function("shiftrightunsigned", () -> shiftrightunsigned(col("b"), 2));
    function("signum", () -> signum("b"));
    function("sign", () -> sign(col("b")));
    function("sin", () -> sin("b"));
    function("sinh", () -> sinh("b"));
    function("tan", () -> tan("b"));
    function("tanh", () -> tanh("b"));
    function("degrees", () -> degrees("b"));
    function("radians", () -> radians("b"));
    function("current_catalog", () -> current_catalog());
    function("current_database", () -> current_database());
    function("current_schema", () -> current_schema());
    function("current_user", () -> current_user());
    function("user", () -> user());
    function("session_user", () -> session_user());
    function("md5", () -> md5(col("g").cast("binary")));
    function("sha1", () -> sha1(col("g").cast("binary")));
    function("sha2", () -> sha2(col("g").cast("binary"), 512));
    function("crc32", () -> crc32(col("g").cast("binary")));
    function("hash", () -> hash(col("b"), col("id")));
    function("xxhash64", () -> xxhash64(col("id"), col("a"), col("d"), col("g")));
    function("assert_true_with_message", () -> assert_true(col("id").gt(0), lit("id negative!")));
    function("raise_error", () -> raise_error(lit("kaboom")));
    function("ascii", () -> ascii(col("g")));
    function("base64", () -> base64(col("g").cast("binary")));
    function("bit_length", () -> bit_length(col("g")));
    function("concat_ws", () -> concat_ws("-", col("b"), lit("world"), col("id")));
    function("decode", () -> decode(col("g").cast("binary"), "UTF-8"));
    function("encode", () -> encode(col("g"), "UTF-8"));
    function("format_number", () -> format_number(col("b"), 1));
    function("initcap", () -> initcap(col("g")));
    function("length", () -> length(col("g")));
    function("len", () -> len(col("g")));
    function("lower", () -> lower(col("g")));
    function("levenshtein", () -> levenshtein(col("g"), lit("bob")));
    function("levenshtein_with_threshold", () -> levenshtein(col("g"), lit("bob"), 2));
    function("locate", () -> locate("jar", col("g")));
    function("locate_with_pos", () -> locate("jar", col("g"), 10));
    function("lpad", () -> lpad(col("g"), 10, "-"));
    add("function_lpad_binary", in -> in.binary().select(lpad(col("bytes"), 5, new byte[] {0xc, 0xa, 0xf, 0xe})));
    function("ltrim", () -> ltrim(col("g")));
    function("ltrim_with_pattern", () -> ltrim(col("g"), "xxx"));
    function("octet_length", () -> octet_length(col("g")));
    function("rlike", () -> rlike(col("g"), lit("[a-z]+b")));
    function("regexp", () -> regexp(col("g"), lit("[a-z]+b")));
    function("regexp_like", () -> regexp_like(col("g"), lit("[a-z]+b")));
    function("regexp_count", () -> regexp_count(col("g"), lit("\\d+")));
    function("regexp_extract", () -> regexp_extract(col("g"), "(\\d+)-(\\d+)", 1));
    function("regexp_extract_all_without_regex_group_index", () -> regexp_extract_all(col("g"), lit("(\\d+)([a-z]+)")));
    function("regexp_extract_all_with_regex_group_index", () -> regexp_extract_all(col("g"), lit("(\\d+)([a-z]+)"), lit(1)));
    function("regexp_replace", () -> regexp_replace(col("g"), "(\\d+)", "XXX"));
    function("regexp_substr", () -> regexp_substr(col("g"), lit("\\d{2}(a|b|m)")));
    function("regexp_instr_without_regex_group_index", () -> regexp_instr(col("g"), lit("\\d+(a|b|m)")));
    function("regexp_instr_with_regex_group_index", () -> regexp_instr(col("g"), lit("\\d+(a|b|m)"), lit(1)));
    function("unbase64", () -> unbase64(col("g")));
    function("rpad", () -> rpad(col("g"), 10, "-"));
    add("function_rpad_binary", in -> in.binary().select(rpad(col("bytes"), 5, new byte[] {0xb, 0xa, 0xb, 0xe})));
    function("rtrim", () -> rtrim(col("g")));
    function("rtrim_with_pattern", () -> rtrim(col("g"), "yyy"));
    function("split", () -> split(col("g"), ";"));
    function("split_using_columns", () -> split(col("g"), col("g")));
    function("split_with_limit", () -> split(col("g"), ";", 10));
    function("split_with_limit_using_columns", () -> split(col("g"), lit(";"), col("a")));
    function("substring", () -> substring(col("g"), 4, 5));
    function("substring_using_columns", () -> substring(col("g"), col("a"), col("b")));
    function("substring_index", () -> substring_index(col("g"), ";", 5));
    function("overlay", () -> overlay(col("b"), lit("foo"), lit(4)));
    function("overlay_with_len", () -> overlay(col("b"), lit("foo"), lit(4), lit("3")));
    function("sentences", () -> sentences(col("g")));
    function("sentences_with_language", () -> sentences(col("g"), lit("en")));
    function("sentences_with_language_and_country", () -> sentences(col("g"), lit("en"), lit("US")));
    function("translate", () -> translate(col("g"), "foo", "bar"));
    function("trim", () -> trim(col("g")));
    function("trim_with_pattern", () -> trim(col("g"), "---"));
    function("upper", () -> upper(col("g")));
    function("years", () -> years(col("a")));
    function("months", () -> months(col("a")));
    function("days", () -> days(col("a")));
    function("hours", () -> hours(col("a")));
    function("collate", () -> collate(col("g"), "UNICODE"));
    function("collation", () -> collation(col("g")));
    add("function_convert_timezone_with_source_time_zone", in -> in.temporals().select(convert_timezone(lit("\"Africa/Dakar\""), lit("\"Asia/Urumqi\""), col("t"))));
    add("function_convert_timezone_without_source_time_zone", in -> in.temporals().select(convert_timezone(lit("\"Asia/Urumqi\""), col("t"))));
    function("make_dt_interval_days_hours_mins_secs", () -> make_dt_interval(col("a"), col("a"), col("a"), col("b")));
    function("make_dt_interval_days_hours_mins", () -> make_dt_interval(col("a"), col("a"), col("a")));
    function("make_dt_interval_days_hours", () -> make_dt_interval(col("a"), col("a")));
    function("make_dt_interval_days", () -> make_dt_interval(col("a")));
    function("make_dt_interval", () -> make_dt_interval());
    function("make_interval_years_months_weeks_days_hours_mins_secs", () -> make_interval(col("a"), col("a"), col("a"), col("a"), col("a"), col("a"), col("b")));
    function("make_interval_years_months_weeks_days_hours_mins", () -> make_interval(col("a"), col("a"), col("a"), col("a"), col("a"), col("a")));
    function("make_interval_years_months_weeks_days_hours", () -> make_interval(col("a"), col("a"), col("a"), col("a"), col("a")));
    function("make_interval_years_months_weeks_days", () -> make_interval(col("a"), col("a"), col("a"), col("a")));
    function("make_interval_years_months_weeks", () -> make_interval(col("a"), col("a"), col("a")));
    function("make_interval_years_months", () -> make_interval(col("a"), col("a")));
    function("make_interval_years", () -> make_interval(col("a")));
    function("make_interval", () -> make_interval());
    function("try_make_interval_years_months_weeks_days_hours_mins_secs", () -> try_make_interval(col("a"), col("a"), col("a"), col("a"), col("a"), col("a"), col("b")));
    function("try_make_interval_years_months_weeks_days_hours_mins", () -> try_make_interval(col("a"), col("a"), col("a"), col("a"), col("a"), col("a")));
    function("try_make_interval_years_months_weeks_days_hours", () -> try_make_interval(col("a"), col("a"), col("a"), col("a"), col("a")));
    function("try_make_interval_years_months_weeks_days", () -> try_make_interval(col("a"), col("a"), col("a"), col("a")));
    function("try_make_interval_years_months_weeks", () -> try_make_interval(col("a"), col("a"), col("a")));
    function("try_make_interval_years_months", () -> try_make_interval(col("a"), col("a")));
    function("try_make_interval_years", () -> try_make_interval(col("a")));
    function("make_timestamp_with_timezone", () -> make_timestamp(col("a"), col("a"), col("a"), col("a"), col("a"), col("b"), col("g")));
    function("make_timestamp_without_timezone", () -> make_timestamp(col("a"), col("a"), col("a"), col("a"), col("a"), col("b")));
    function("make_timestamp_ltz_with_timezone", () -> make_timestamp_ltz(col("a"), col("a"), col("a"), col("a"), col("a"), col("b"), col("g")));
    function("make_timestamp_ltz_without_timezone", () -> make_timestamp_ltz(col("a"), col("a"), col("a"), col("a"), col("a"), col("b")));
    function("make_timestamp_ntz", () -> make_timestamp_ntz(col("a"), col("a"), col("a"), col("a"), col("a"), col("b")));
    function("try_make_timestamp_with_timezone", () -> try_make_timestamp(col("a"), col("a"), col("a"), col("a"), col("a"), col("b"), col("g")));
    function("try_make_timestamp_without_timezone", () -> try_make_timestamp(col("a"), col("a"), col("a"), col("a"), col("a"), col("b")));
    function("try_make_timestamp_ltz_with_timezone", () -> try_make_timestamp_ltz(col("a"), col("a"), col("a"), col("a"), col("a"), col("b"), col("g")));
    function("try_make_timestamp_ltz_without_timezone", () -> try_make_timestamp_ltz(col("a"), col("a"), col("a"), col("a"), col("a"), col("b")));
    function("try_make_timestamp_ntz", () -> try_make_timestamp_ntz(col("a"), col("a"), col("a"), col("a"), col("a"), col("b")));
    function("make_ym_interval_years_months", () -> make_ym_interval(col("a"), col("a")));
  }

  private void collectionAndTimeFunctions() {
    function("make_ym_interval_years", () -> make_ym_interval(col("a")));
    function("make_ym_interval", () -> make_ym_interval());
    function("bucket", () -> bucket(3, col("a")));
    function("cume_dist", () -> cume_dist().over(Window.partitionBy(col("a")).orderBy(col("id"))));
    function("dense_rank", () -> dense_rank().over(Window.partitionBy(col("a")).orderBy(col("id"))));
    function("lag", () -> lag(col("g"), 1, null, true).over(Window.partitionBy(col("a")).orderBy(col("id"))));
    function("lead", () -> lead(col("g"), 2, "dv", true).over(Window.partitionBy(col("a")).orderBy(col("id"))));
    function("nth_value", () -> nth_value(col("g"), 3, true).over(Window.partitionBy(col("a")).orderBy(col("id"))));
    function("ntile", () -> ntile(4).over(Window.partitionBy(col("a")).orderBy(col("id"))));
    function("percent_rank", () -> percent_rank().over(Window.partitionBy(col("a")).orderBy(col("id"))));
    function("rank", () -> rank().over(Window.partitionBy(col("a")).orderBy(col("id"))));
    function("row_number", () -> row_number().over(Window.partitionBy(col("a")).orderBy(col("id"))));
    function("bitmap_bucket_number", () -> bitmap_bit_position(col("id")));
    function("bitmap_bit_position", () -> bitmap_bit_position(col("id")));
    function("bitmap_construct_agg", () -> bitmap_construct_agg(col("id")));
    add("function_bitmap_count", in -> in.binary().select(bitmap_count(col("bytes"))));
    add("function_bitmap_or_agg", in -> in.binary().select(bitmap_or_agg(col("bytes"))));
    temporal("add_months", () -> add_months(col("d"), 2));
    temporal("curdate", () -> curdate());
    temporal("current_date", () -> current_date());
    temporal("current_timezone", () -> current_timezone());
    temporal("current_timestamp", () -> current_timestamp());
    temporal("now", () -> now());
    temporal("localtimestamp", () -> localtimestamp());
    temporal("date_format", () -> date_format(col("d"), "yyyy-MM-dd"));
    temporal("date_add", () -> date_add(col("d"), 2));
    temporal("dateadd", () -> dateadd(col("d"), lit(2)));
    temporal("date_sub", () -> date_sub(col("d"), 2));
    temporal("datediff", () -> datediff(col("d"), make_date(lit(2020), lit(10), lit(10))));
    temporal("date_diff", () -> date_diff(col("d"), make_date(lit(2020), lit(10), lit(10))));
    temporal("date_from_unix_date", () -> date_from_unix_date(lit(10)));
    temporal("year", () -> year(col("d")));
    temporal("quarter", () -> quarter(col("d")));
    temporal("month", () -> month(col("d")));
    temporal("dayofweek", () -> dayofweek(col("d")));
    temporal("dayofmonth", () -> dayofmonth(col("d")));
    temporal("day", () -> day(col("d")));
    temporal("dayofyear", () -> dayofyear(col("d")));
    temporal("hour", () -> hour(col("t")));
    temporal("last_day", () -> last_day(col("t")));
    temporal("minute", () -> minute(col("t")));
    temporal("weekday", () -> weekday(col("d")));
    temporal("make_date", () -> make_date(lit(2018), lit(5), lit(14)));
    temporal("months_between", () -> months_between(current_date(), col("d")));
    temporal("months_between_with_roundoff", () -> months_between(current_date(), col("d"), true));
    temporal("monthname", () -> monthname(col("d")));
    temporal("dayname", () -> dayname(col("d")));
    temporal("next_day", () -> next_day(col("d"), "Mon"));
    temporal("second", () -> second(col("t")));
    temporal("weekofyear", () -> weekofyear(col("d")));
    temporal("extract", () -> extract(lit("year"), col("d")));
    temporal("date_part", () -> date_part(lit("year"), col("d")));
    temporal("datepart", () -> datepart(lit("year"), col("d")));
    temporal("from_unixtime", () -> from_unixtime(lit(1L)));
    temporal("unix_timestamp", () -> unix_timestamp());
    temporal("unix_timestamp_with_format", () -> unix_timestamp(col("s"), "yyyy-MM-dd HH:mm:ss.SSSS"));
    temporal("to_timestamp", () -> to_timestamp(col("s")));
    temporal("to_timestamp_with_format", () -> to_timestamp(col("s"), "yyyy-MM-dd HH:mm:ss.SSSS"));
    temporal("to_date", () -> to_date(col("s")));
    temporal("to_date_with_format", () -> to_date(col("s"), "yyyy-MM-dd"));
    temporal("try_to_date", () -> try_to_date(col("s")));
    temporal("try_to_date_with_format", () -> try_to_date(col("s"), "yyyy-MM-dd"));
    temporal("unix_date", () -> unix_date(to_date(col("s"), "yyyy-MM-dd")));
    temporal("unix_seconds", () -> unix_seconds(to_timestamp(col("s"), "yyyy-MM-dd HH:mm:ss.SSSS")));
    temporal("unix_millis", () -> unix_millis(to_timestamp(col("s"), "yyyy-MM-dd HH:mm:ss.SSSS")));
    temporal("unix_micros", () -> unix_micros(to_timestamp(col("s"), "yyyy-MM-dd HH:mm:ss.SSSS")));
    temporal("trunc", () -> trunc(col("d"), "mm"));
    // The Scala case named date_trunc calls trunc(), and so does this one.
    temporal("date_trunc", () -> trunc(col("t"), "minute"));
    temporal("from_utc_timestamp", () -> from_utc_timestamp(col("t"), "-08:00"));
    temporal("to_utc_timestamp", () -> to_utc_timestamp(col("t"), "-04:00"));
    temporal("window", () -> window(col("t"), "1 second"));
    temporal("session_window", () -> session_window(col("t"), "10 minutes"));
    temporal("timestamp_seconds", () -> timestamp_seconds(col("x")));
    temporal("timestamp_millis", () -> timestamp_millis(col("x")));
    temporal("timestamp_micros", () -> timestamp_micros(col("x")));
    temporal("timestamp_diff", () -> timestamp_diff("year", col("t"), col("t")));
    temporal("timestamp_add", () -> timestamp_add("week", col("x"), col("t")));
    function("array_contains", () -> array_contains(col("e"), lit(1)));
    function("array_append", () -> array_append(col("e"), lit(1)));
    function("arrays_overlap", () -> arrays_overlap(col("e"), array(lit(1), lit(2))));
    function("slice", () -> slice(col("e"), 0, 5));
    function("array_join", () -> array_join(col("e"), ";"));
    function("array_join_with_null_replacement", () -> array_join(col("e"), ";", "null"));
    function("concat", () -> concat(col("e"), array(lit(1), lit(2)), sequence(lit(33), lit(40))));
    function("array_position", () -> array_position(col("e"), 10));
    function("element_at", () -> element_at(col("f"), "bob"));
    function("get", () -> get(col("e"), lit(2)));
    function("array_sort", () -> array_sort(col("e")));
    function("array_sort_with_comparator", () -> array_sort(col("e"), (l, r) -> l.minus(r)));
    function("array_remove", () -> array_remove(col("e"), 314));
    function("array_compact", () -> array_compact(col("e")));
    function("array_distinct", () -> array_distinct(col("e")));
    function("array_prepend", () -> array_prepend(col("e"), lit(1)));
    function("array_intersect", () -> array_intersect(col("e"), array(lit(10), lit(4))));
    function("array_insert", () -> array_insert(col("e"), lit(0), lit(1)));
    function("array_union", () -> array_union(col("e"), array(lit(1), lit(2), lit(3))));
    function("array_except", () -> array_except(col("e"), array(lit(1), lit(2), lit(4))));
    function("transform", () -> transform(col("e"), x -> x.plus(1)));
    function("transform_with_index", () -> transform(col("e"), (x, i) -> x.plus(i)));
    function("exists", () -> exists(col("e"), x -> x.gt(10)));
    function("forall", () -> forall(col("e"), x -> x.gt(10)));
    function("filter", () -> filter(col("e"), x -> x.gt(10)));
    function("filter_with_pair_input", () -> filter(col("e"), (x, i) -> x.gt(10).and(i.gt(2))));
    function("aggregate", () -> aggregate(col("e"), lit(0), (x, y) -> x.plus(y)));
    function("aggregate_with_finish_lambda", () -> aggregate(col("e"), lit(0), (x, y) -> x.plus(y), x -> x.plus(lit(2))));
    function("reduce", () -> reduce(col("e"), lit(0), (x, y) -> x.plus(y)));
    function("zip_with", () -> zip_with(col("e"), col("e"), (x, y) -> x.plus(y)));
    function("transform_keys", () -> transform_keys(col("f"), (k, v) -> concat(k, v.getItem("id"))));
    function("transform_values", () -> transform_values(col("f"), (k, v) -> v.withField("key", k)));
    function("map_filter", () -> map_filter(col("f"), (k, v) -> k.contains(lit("baz"))));
    function("map_zip_with", () -> map_zip_with(col("f"), col("f"), (k, v1, v2) -> v1.getItem("id").plus(v2.getItem("id"))));
    function("explode", () -> explode(col("e")));
    function("explode_outer", () -> explode_outer(col("e")));
    function("posexplode", () -> posexplode(col("e")));
    function("posexplode_outer", () -> posexplode_outer(col("e")));
    function("inline", () -> inline(map_values(col("f"))));
    function("inline_outer", () -> inline_outer(map_values(col("f"))));
    function("get_json_object", () -> get_json_object(col("g"), "$.device_type"));
    function("json_tuple", () -> json_tuple(col("g"), "a", "b", "id"));
    function("from_json", () -> from_json(col("g"), PlanParityCases.SIMPLE_SCHEMA));
    function("from_json_with_json_schema", () -> from_json(col("g"), lit(PlanParityCases.SIMPLE_SCHEMA.json())));
    function("schema_of_json", () -> schema_of_json(lit("[{\"col\":01}]")));
    function("schema_of_json_with_options", () -> schema_of_json(lit("[{\"col\":01}]"), Map.of("allowNumericLeadingZeros", "true")));
    function("try_parse_json", () -> try_parse_json(col("g")));
    function("to_json", () -> to_json(col("d"), Map.of("timestampFormat", "dd/MM/yyyy")));
    function("parse_json", () -> parse_json(col("g")));
    function("is_variant_null", () -> is_variant_null(parse_json(col("g"))));
    function("schema_of_variant", () -> schema_of_variant(parse_json(col("g"))));
    function("schema_of_variant_agg", () -> schema_of_variant_agg(parse_json(col("g"))));
    function("size", () -> size(col("f")));
    function("sort_array", () -> sort_array(col("e")));
    function("array_min", () -> array_min(col("e")));
    function("array_max", () -> array_max(col("e")));
    function("reverse", () -> reverse(col("e")));
    function("flatten", () -> flatten(array(col("e"), sequence(lit(1), lit(10)))));
    function("sequence", () -> sequence(lit(1), lit(10)));
    function("array_repeat", () -> array_repeat(col("a"), 10));
    function("map_contains_key", () -> map_contains_key(col("f"), "xyz"));
    function("map_keys", () -> map_keys(col("f")));
    function("map_values", () -> map_values(col("f")));
    function("map_entries", () -> map_entries(col("f")));
    function("map_from_entries", () -> map_from_entries(transform(col("e"), (x, i) -> struct(i, x))));
    function("arrays_zip", () -> arrays_zip(col("e"), sequence(lit(1), lit(20))));
    function("map_concat", () -> map_concat(col("f"), map(lit("foo"), struct(lit(12L).as("id"), lit(68).as("a"), lit(Math.E).as("b")))));
    function("from_csv", () -> from_csv(col("g"), PlanParityCases.SIMPLE_SCHEMA, Map.of("mode", "FAILFAST")));
    function("schema_of_csv", () -> schema_of_csv(lit("1|abc"), Map.of("sep", "|")));
    function("to_csv", () -> to_csv(col("d"), Map.of("sep", "|")));
    function("str_to_map", () -> str_to_map(col("g")));
    function("str_to_map_with_pair_delimiter", () -> str_to_map(col("g"), lit(","), lit("=")));
    function("str_to_map_with_pair_and_keyValue_delimiter", () -> str_to_map(col("g"), lit(",")));
    function("to_binary", () -> to_binary(col("g")));
  }

  private void stringAndMiscFunctions() {
    function("to_binary_with_format", () -> to_binary(col("g"), lit("utf-8")));
    function("to_char", () -> to_char(col("b"), lit("$99.99")));
    function("to_varchar", () -> to_varchar(col("b"), lit("$99.99")));
    function("to_number", () -> to_number(col("g"), lit("$99.99")));
    function("replace", () -> replace(col("g"), col("g")));
    function("replace_with_specified_string", () -> replace(col("g"), col("g"), col("g")));
    function("split_part", () -> split_part(col("g"), col("g"), col("a")));
    function("substr", () -> substr(col("g"), col("a")));
    function("substr_with_len", () -> substr(col("g"), col("a"), col("a")));
    function("parse_url", () -> parse_url(col("g"), col("g")));
    function("parse_url_with_key", () -> parse_url(col("g"), col("g"), col("g")));
    function("try_parse_url", () -> try_parse_url(col("g"), col("g")));
    function("try_parse_url_with_key", () -> try_parse_url(col("g"), col("g"), col("g")));
    function("printf", () -> printf(col("g"), col("a"), col("g")));
    function("url_decode", () -> url_decode(col("g")));
    function("try_url_decode", () -> try_url_decode(col("g")));
    function("url_encode", () -> url_encode(col("g")));
    function("position", () -> position(col("g"), col("g")));
    function("position_with_start", () -> position(col("g"), col("g"), col("a")));
    function("endswith", () -> endswith(col("g"), col("g")));
    function("startswith", () -> startswith(col("g"), col("g")));
    function("to_timestamp_ltz", () -> to_timestamp_ltz(col("g")));
    function("to_timestamp_ltz_with_format", () -> to_timestamp_ltz(col("g"), col("g")));
    function("to_timestamp_ntz", () -> to_timestamp_ntz(col("g")));
    function("to_timestamp_ntz_with_format", () -> to_timestamp_ntz(col("g"), col("g")));
    function("to_unix_timestamp", () -> to_unix_timestamp(col("g")));
    function("to_unix_timestamp_with_format", () -> to_unix_timestamp(col("g"), col("g")));
    function("ifnull", () -> ifnull(col("g"), col("g")));
    function("isnotnull", () -> isnotnull(col("g")));
    function("equal_null", () -> equal_null(col("g"), col("g")));
    function("nullif", () -> nullif(col("g"), col("g")));
    function("nvl", () -> nvl(col("g"), col("g")));
    function("nvl2", () -> nvl2(col("g"), col("g"), col("g")));
    function("btrim", () -> btrim(col("g")));
    function("btrim_with_specified_trim_string", () -> btrim(col("g"), col("g")));
    function("char_length", () -> char_length(col("g")));
    function("character_length", () -> character_length(col("g")));
    function("chr", () -> chr(col("a")));
    function("contains", () -> contains(col("g"), col("g")));
    function("elt", () -> elt(col("a"), col("g"), col("g")));
    function("find_in_set", () -> find_in_set(col("g"), col("g")));
    function("like", () -> like(col("g"), col("g")));
    function("like_with_escape", () -> like(col("g"), col("g"), lit('/')));
    function("ilike", () -> ilike(col("g"), col("g")));
    function("ilike_with_escape", () -> ilike(col("g"), col("g"), lit('/')));
    function("lcase", () -> lcase(col("g")));
    function("ucase", () -> ucase(col("g")));
    function("left", () -> left(col("g"), col("g")));
    function("right", () -> right(col("g"), col("g")));
    function("array_agg", () -> array_agg(col("a")));
    function("array_size", () -> array_size(col("e")));
    function("cardinality", () -> cardinality(col("f")));
    function("count_min_sketch", () -> count_min_sketch(col("a"), lit(0.1), lit(0.95), lit(11)));
    function("named_struct", () -> named_struct(lit("x"), col("a"), lit("y"), col("id")));
    function("json_array_length", () -> json_array_length(col("g")));
    function("json_object_keys", () -> json_object_keys(col("g")));
    function("mask_with_specific_upperChar_lowerChar_digitChar_otherChar", () -> mask(col("g"), lit('X'), lit('x'), lit('n'), lit('*')));
    function("mask_with_specific_upperChar_lowerChar_digitChar", () -> mask(col("g"), lit('X'), lit('x'), lit('n')));
    function("mask_with_specific_upperChar_lowerChar", () -> mask(col("g"), lit('X'), lit('x')));
    function("mask_with_specific_upperChar", () -> mask(col("g"), lit('X')));
    function("mask", () -> mask(col("g")));
    function("aes_encrypt_with_mode_padding_iv_aad", () -> aes_encrypt(col("g"), col("g"), col("g"), col("g"), lit(new byte[] {67, 68, 69}), col("g")));
    function("aes_encrypt_with_mode_padding_iv", () -> aes_encrypt(col("g"), col("g"), col("g"), col("g"), lit(new byte[] {67, 68, 69})));
    function("aes_encrypt_with_mode_padding", () -> aes_encrypt(col("g"), col("g"), col("g"), col("g")));
    function("aes_encrypt_with_mode", () -> aes_encrypt(col("g"), col("g"), col("g")));
    function("aes_encrypt", () -> aes_encrypt(col("g"), col("g")));
    function("aes_decrypt_with_mode_padding_aad", () -> aes_decrypt(col("g"), col("g"), col("g"), col("g"), col("g")));
    function("aes_decrypt_with_mode_padding", () -> aes_decrypt(col("g"), col("g"), col("g"), col("g")));
    function("aes_decrypt_with_mode", () -> aes_decrypt(col("g"), col("g"), col("g")));
    function("aes_decrypt", () -> aes_decrypt(col("g"), col("g")));
    function("try_aes_decrypt_with_mode_padding_aad", () -> try_aes_decrypt(col("g"), col("g"), col("g"), col("g"), col("g")));
    function("try_aes_decrypt_with_mode_padding", () -> try_aes_decrypt(col("g"), col("g"), col("g"), col("g")));
    function("try_aes_decrypt_with_mode", () -> try_aes_decrypt(col("g"), col("g"), col("g")));
    function("try_aes_decrypt", () -> try_aes_decrypt(col("g"), col("g")));
    function("sha", () -> sha(col("g")));
    function("input_file_block_length", () -> input_file_block_length());
    function("input_file_block_start", () -> input_file_block_start());
    function("reflect", () -> reflect(lit("java.util.UUID"), lit("fromString"), col("g")));
    function("java_method", () -> java_method(lit("java.util.UUID"), lit("fromString"), col("g")));
    function("try_reflect", () -> try_reflect(lit("java.util.UUID"), lit("fromString"), col("g")));
    function("typeof", () -> typeof(col("g")));
    function("stack", () -> stack(lit(2), col("g"), col("g"), col("g")));
    function("random_with_seed", () -> random(lit(1)));
    function("call_function", () -> call_function("lower", col("g")));
    function("from_xml", () -> from_xml(col("g"), PlanParityCases.SIMPLE_SCHEMA));
    function("from_xml_with_json_schema", () -> from_xml(col("g"), lit(PlanParityCases.SIMPLE_SCHEMA.json())));
    add("hll_sketch_agg_with_column_lgConfigK", in -> in.binary().select(hll_sketch_agg(col("bytes"), lit(0))));
    add("hll_sketch_agg_with_column_lgConfigK_int", in -> in.binary().select(hll_sketch_agg(col("bytes"), 0)));
    add("hll_sketch_agg_with_columnName_lgConfigK_int", in -> in.binary().select(hll_sketch_agg("bytes", 0)));
    add("hll_sketch_agg", in -> in.binary().select(hll_sketch_agg(col("bytes"))));
    add("hll_sketch_agg_with_columnName", in -> in.binary().select(hll_sketch_agg("bytes")));
    add("hll_union_agg_with_column_allowDifferentLgConfigK", in -> in.binary().select(hll_union_agg(col("bytes"), lit(false))));
    add("hll_union_agg_with_column_allowDifferentLgConfigK_boolean", in -> in.binary().select(hll_union_agg(col("bytes"), false)));
    add("hll_union_agg_with_columnName_allowDifferentLgConfigK_boolean", in -> in.binary().select(hll_union_agg("bytes", false)));
    add("hll_union_agg", in -> in.binary().select(hll_union_agg(col("bytes"))));
    add("hll_union_agg_with_columnName", in -> in.binary().select(hll_union_agg("bytes")));
    add("groupby_agg", in -> in.simple().groupBy(col("id")).agg(Map.entry("a", "max"), Map.entry("b", "stddev"),
        Map.entry("b", "std"), Map.entry("b", "mean"), Map.entry("b", "average"), Map.entry("b", "avg"),
        Map.entry("*", "size"), Map.entry("a", "count")));
    add("groupby_agg_string", in -> in.simple().groupBy("id", "b").agg(Map.entry("a", "max"), Map.entry("a", "count")));
    add("groupingSets", in -> in.simple().groupingSets(List.of(List.of(col("a")), List.of()), col("a"))
        .agg(Map.entry("a", "max"), Map.entry("a", "count")));
    add("groupby_agg_columns", in -> in.simple().groupBy(col("id")).agg(max("a"), sum("b")));
    add("groupby_max", in -> in.simple().groupBy(col("id")).max("a", "b"));
    add("groupby_min", in -> in.simple().groupBy(col("id")).min("a", "b"));
    add("groupby_mean", in -> in.simple().groupBy(col("id")).mean("a", "b"));
    add("groupby_avg", in -> in.simple().groupBy(col("id")).avg("a", "b"));
    add("groupby_sum", in -> in.simple().groupBy(col("id")).sum("a", "b"));
    add("groupby_count", in -> in.simple().groupBy(col("id")).count());
    add("width_bucket", in -> in.simple().select(width_bucket(col("b"), col("b"), col("b"), col("a"))));
    add("test_broadcast", in -> in.left().join(broadcast(in.right()), "id"));
  }

  private void groupingAndReshaping() {
    temporal("xpath", () -> xpath(col("s"), lit("a/b/text()")));
    temporal("xpath_boolean", () -> xpath_boolean(col("s"), lit("a/b")));
    temporal("xpath_double", () -> xpath_double(col("s"), lit("a/b")));
    temporal("xpath_number", () -> xpath_number(col("s"), lit("a/b")));
    temporal("xpath_float", () -> xpath_float(col("s"), lit("a/b")));
    temporal("xpath_int", () -> xpath_int(col("s"), lit("a/b")));
    temporal("xpath_long", () -> xpath_long(col("s"), lit("a/b")));
    temporal("xpath_short", () -> xpath_short(col("s"), lit("a/b")));
    temporal("xpath_string", () -> xpath_string(col("s"), lit("a/b")));
    function("variant_get", () -> variant_get(parse_json(col("g")), "$", "int"));
    function("try_variant_get", () -> try_variant_get(parse_json(col("g")), "$", "int"));
    add("rollup_column", in -> in.simple().rollup(col("a"), col("b")).count());
    add("cube_column", in -> in.simple().cube(col("a"), col("b")).count());
    add("rollup_string", in -> in.simple().rollup("a", "b").count());
    add("cube_string", in -> in.simple().cube("a", "b").count());
    add("grouping_and_grouping_id", in -> in.simple().cube("a", "b").agg(grouping("a"), grouping("b"), grouping_id("a", "b")));
    add("pivot", in -> in.simple().groupBy(col("id")).pivot("a", List.of(1, 2, 3)).agg(count(col("b"))));
    add("pivot_without_column_values", in -> in.simple().groupBy(col("id")).pivot("a").agg(count(col("b"))));
    add("sample_fraction_seed", in -> in.simple().sample(0.43, 9890823L));
    add("sample_withReplacement_fraction_seed", in -> in.simple().sample(true, 0.23, 898L));
    add("describe", in -> in.simple().describe("id", "b"));
    add("summary", in -> in.simple().summary("mean", "min"));
    add("repartition_num_partitions_expressions", in -> in.simple().repartition(22, col("a"), col("id")));
    add("repartition_expressions", in -> in.simple().repartition(col("id"), col("b")));
    add("repartitionByRange_num_partitions_expressions", in -> in.simple().repartitionByRange(33, col("b"), col("id").desc_nulls_first()));
    add("repartitionByRange_expressions", in -> in.simple().repartitionByRange(col("a").asc(), col("id").desc_nulls_first()));
    add("repartitionById", in -> in.simple().repartitionById(10, col("id").cast("int")));
    add("unpivot_values", in -> in.simple().unpivot(new Column[] {col("id"), col("a")}, new Column[] {col("b")}, "name", "value"));
    add("unpivot_no_values", in -> in.simple().unpivot(new Column[] {col("id")}, "name", "value"));
    add("melt_values", in -> in.simple().unpivot(new Column[] {col("a")}, new Column[] {col("id")}, "name", "value"));
    add("melt_no_values", in -> in.simple().melt(new Column[] {col("id"), col("a")}, "name", "value"));
    add("transpose_index_column", in -> in.simple().transpose(col("id")));
    add("transpose_no_index_column", in -> in.simple().transpose());
    add("to", in -> in.simple().to(new dev.sparkconnect.client.types.StructType().add("b", dev.sparkconnect.client.types.DataTypes.DoubleType).add("id", dev.sparkconnect.client.types.DataTypes.IntegerType)));
    add("colRegex", in -> in.simple().select(in.simple().colRegex("`a|id`")));
    add("table", in -> in.session.table("myTable"));
    add("window", in -> {
      WindowSpec byAB = Window.partitionBy(col("a"), col("b"));
      WindowSpec byABStrings = Window.partitionBy("a", "b");
      WindowSpec orderedAB = Window.orderBy(col("a"), col("b"));
      WindowSpec orderedABStrings = Window.orderBy("a", "b");
      return in.simple().select(min("id").over(byAB), min("id").over(byABStrings), min("id").over(orderedAB),
          min("id").over(orderedABStrings), min("id").over(Window.orderBy("a").rowsBetween(2, 3)),
          min("id").over(Window.orderBy("a").rangeBetween(2L, 3L)), count(col("id")).over());
    });
  }

  private void readersAndHelpers() {
    add("function_lit", in -> in.simple().select(
        lit(col("id")),
        // Scala's Symbol("id") is a column reference; Java has no symbols.
        lit(col("id")),
        lit(true),
        lit((byte) 68),
        lit((short) 9872),
        lit(-8726532),
        lit(7834609328726532L),
        lit(Math.E),
        lit(-0.8f),
        lit(new java.math.BigDecimal("89.97620")),
        lit(java.math.BigDecimal.valueOf(898897667231L, 7)),
        lit("connect!"),
        lit('T'),
        lit("ABCDEFGHIJ".toCharArray()),
        lit(bytes(120, 23)),
        lit(new byte[] {8, 6}),
        lit(new int[] {8, 6}),
        lit(null),
        lit(java.time.LocalDate.of(2020, 10, 10)),
        lit(java.math.BigDecimal.valueOf(8997620, 6)),
        lit(java.time.Instant.ofEpochMilli(1677155519808L)),
        lit(new java.sql.Timestamp(12345L)),
        lit(java.time.LocalDateTime.of(2023, 2, 23, 20, 36)),
        lit(java.sql.Date.valueOf("2023-02-23")),
        lit(java.time.Duration.ofSeconds(200L)),
        lit(java.time.Period.ofDays(100)),
        lit(java.time.LocalTime.of(23, 59, 59, 999999999)),
        lit(new dev.sparkconnect.client.types.CalendarInterval(2, 20, 100L))));
    add("select_collated_string", in -> in.local(new dev.sparkconnect.client.types.StructType()
        .add("s", dev.sparkconnect.client.types.DataTypes.createStringType("UTF8_LCASE")).simpleString())
        .select(col("s")));
    add("function_lit_array", in -> in.simple().select(
        lit(new double[0]),
        lit(new int[][] {{1}, {2}, {3}}),
        lit(new int[][][] {{{1}}, {{2}}, {{3}}}),
        lit(new boolean[] {true, false}),
        lit("CDE".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
        lit(new short[] {9872, 9873, 9874}),
        lit(new int[] {-8726532, 8726532, -8726533}),
        lit(new long[] {7834609328726531L, 7834609328726532L, 7834609328726533L}),
        lit(new double[] {Math.E, 1.0, 2.0}),
        lit(new float[] {-0.8f, -0.7f, -0.9f}),
        lit(new java.math.BigDecimal[] {new java.math.BigDecimal("89.97620"), new java.math.BigDecimal("89.97621")}),
        lit(new java.math.BigDecimal[] {
            java.math.BigDecimal.valueOf(898897667231L, 7), java.math.BigDecimal.valueOf(898897667231L, 7)}),
        lit(new String[] {"connect!", "disconnect!"}),
        lit("TF".toCharArray()),
        lit(new String[] {"ABCDEFGHIJ", "BCDEFGHIJK"}),
        lit(new java.time.LocalDate[] {java.time.LocalDate.of(2020, 10, 10), java.time.LocalDate.of(2020, 10, 11)}),
        lit(new java.time.Instant[] {
            java.time.Instant.ofEpochMilli(1677155519808L), java.time.Instant.ofEpochMilli(1677155519809L)}),
        lit(new java.sql.Timestamp[] {new java.sql.Timestamp(12345L), new java.sql.Timestamp(23456L)}),
        lit(new java.time.LocalDateTime[] {
            java.time.LocalDateTime.of(2023, 2, 23, 20, 36), java.time.LocalDateTime.of(2023, 2, 23, 21, 36)}),
        lit(new java.sql.Date[] {java.sql.Date.valueOf("2023-02-23"), java.sql.Date.valueOf("2023-03-01")}),
        lit(new java.time.Duration[] {java.time.Duration.ofSeconds(100L), java.time.Duration.ofSeconds(200L)}),
        lit(new java.time.Period[] {java.time.Period.ofDays(100), java.time.Period.ofDays(200)}),
        lit(new dev.sparkconnect.client.types.CalendarInterval[] {
            new dev.sparkconnect.client.types.CalendarInterval(2, 20, 100L),
            new dev.sparkconnect.client.types.CalendarInterval(2, 21, 200L)})));
    add("read", in -> in.session.read().format("csv").schema(new dev.sparkconnect.client.types.StructType().add("name", dev.sparkconnect.client.types.DataTypes.StringType).add("age", dev.sparkconnect.client.types.DataTypes.IntegerType).add("job", dev.sparkconnect.client.types.DataTypes.StringType)).option("header", "true").options(Map.of("delimiter", ";")).load("../common/src/test/resources/query-tests/test-data/people.csv"));
    add("read_json", in -> in.session.read().json("../common/src/test/resources/query-tests/test-data/people.json"));
    add("streaming_table_API_with_options", in -> in.session.readStream().option("p1", "v1").option("p2", "v2")
        .table("tempdb.myStreamingTable"));
    add("read_csv", in -> in.session.read().csv("../common/src/test/resources/query-tests/test-data/people.csv"));
    add("read_jdbc", in -> in.session.read().jdbc(
        "jdbc:h2:mem:testdb0;user=testUser;password=testPass", "TEST.TIMETYPES", new java.util.Properties()));
    add("read_jdbc_with_partition", in -> in.session.read().jdbc(
        "jdbc:h2:mem:testdb0;user=testUser;password=testPass", "TEST.EMP", "THEID", 0, 4, 3, new java.util.Properties()));
    add("read_jdbc_with_predicates", in -> in.session.read().jdbc("jdbc:h2:mem:testdb0;user=testUser;password=testPass",
        "TEST.PEOPLE", new String[] {"THEID < 2", "THEID >= 2"}, new java.util.Properties()));
    add("read_parquet", in -> in.session.read().parquet("../common/src/test/resources/query-tests/test-data/users.parquet"));
    add("read_orc", in -> in.session.read().orc("../common/src/test/resources/query-tests/test-data/users.orc"));
    add("read_table", in -> in.session.read().table("myTable"));
    add("read_text", in -> in.session.read().text("../common/src/test/resources/query-tests/test-data/people.txt"));
    add("table_API_with_options", in -> in.session.read().options(Map.of("p1", "v1", "p2", "v2")).table("tempdb.myTable"));
    add("toJSON", in -> in.complex().toJSON());
    add("withMetadata", in -> in.simple().withMetadata("id", "{\"description\":\"unique identifier\"}"));
    add("function_window_time", in -> in.temporals().withMetadata("wt", "{\"spark.timeWindow\":true}").select(window_time(col("wt"))));
    add("fill", in -> in.simple().na().fill(8L, "id"));
    add("drop", in -> in.simple().na().drop(5, "id", "a"));
    add("replace", in -> in.simple().na().replace(new String[] {"id"}, Map.of(1.0, 8.0)));
    add("crosstab", in -> in.simple().stat().crosstab("a", "b"));
    add("freqItems", in -> in.simple().stat().freqItems(new String[] {"id", "a"}, 0.1));
    add("sampleBy", in -> {
      Map<Object, Double> fractions = new LinkedHashMap<>();
      fractions.put(0, 0.1);
      fractions.put(1, 0.2);
      return in.simple().stat().sampleBy(col("id"), fractions, 0L);
    });
  }

  /** The typed Dataset's cases: typed columns, and parsing a Dataset of lines. */
  private void typedDatasets() {
    Encoder<dev.sparkconnect.client.tuples.Tuple2<Long, Integer>> idAndA = Encoders.tuple(Encoders.LONG(), Encoders.INT());
    Encoder<dev.sparkconnect.client.tuples.Tuple2<Integer, Double>> aAndB = Encoders.tuple(Encoders.INT(), Encoders.DOUBLE());
    java.util.function.Supplier<TypedColumn<Object, dev.sparkconnect.client.tuples.Tuple2<Long, Integer>>> first =
        () -> functions.struct(col("id"), col("a")).as(idAndA);
    java.util.function.Supplier<TypedColumn<Object, dev.sparkconnect.client.tuples.Tuple2<Integer, Double>>> second =
        () -> functions.struct(col("a"), col("b")).as(aAndB);
    add("select_typed_1-arg", in -> in.simple().select(first.get()).toDF());
    add("select_typed_2-arg", in -> in.simple().select(first.get(), second.get()).toDF());
    add("select_typed_3-arg", in -> in.simple().select(first.get(), second.get(), first.get()).toDF());
    add("select_typed_4-arg", in -> in.simple().select(first.get(), first.get(), first.get(), first.get()).toDF());
    add("select_typed_5-arg",
        in -> in.simple().select(first.get(), second.get(), first.get(), first.get(), second.get()).toDF());
    dev.sparkconnect.client.types.StructType lines = new dev.sparkconnect.client.types.StructType()
        .add("c1", dev.sparkconnect.client.types.DataTypes.StringType)
        .add("c2", dev.sparkconnect.client.types.DataTypes.IntegerType);
    add("csv_from_dataset", in -> in.session.read().schema(lines).option("header", true)
        .csv(in.session.emptyDataset(Encoders.STRING())));
    add("json_from_dataset", in -> in.session.read().schema(lines).option("allowSingleQuotes", true)
        .json(in.session.emptyDataset(Encoders.STRING())));
  }
}
