package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Column operators and each family of functions against a real server: what Spark computes from
 * them, value for value (the session is in UTC, so dates and times are fixed).
 */
class ColumnsAndFunctionsContractTest extends RealServerTest {

  private static Row one(Column... columns) {
    return spark.range(1).select(columns).first();
  }

  @Test
  void comparisonsAndPatternsOnColumns() {
    DataFrame words = spark.sql("SELECT * FROM VALUES ('Apple', 3), ('banana', NULL), ('cherry', 7) AS t(w, n)");
    assertThat(names(words.filter(col("n").eqNullSafe(null)))).containsExactly("banana");
    assertThat(names(words.filter(col("n").isin(3, 7)))).containsExactly("Apple", "cherry");
    assertThat(names(words.filter(col("w").isInCollection(List.of("cherry", "kiwi"))))).containsExactly("cherry");
    assertThat(names(words.filter(col("w").like("%an%")))).containsExactly("banana");
    assertThat(names(words.filter(col("w").rlike("^[a-c]")))).containsExactly("banana", "cherry");
    assertThat(names(words.filter(col("w").ilike("apple")))).containsExactly("Apple");
    assertThat(names(words.filter(col("n").between(2, 5)))).containsExactly("Apple");
    assertThat(names(words.filter(col("w").startsWith("ch").or(col("w").endsWith("na"))))).containsExactly("banana", "cherry");
    assertThat(names(words.filter(col("w").contains("pp").and(col("n").isNotNull())))).containsExactly("Apple");
    assertThat(names(words.filter(col("n").isNull()))).containsExactly("banana");
    assertThat(names(words.filter(col("n").notEqual(3)))).containsExactly("cherry");

    List<Row> nullsFirst = words.orderBy(col("n").asc_nulls_first()).select("w").collectAsList();
    assertThat(nullsFirst).containsExactly(Row.of("banana"), Row.of("Apple"), Row.of("cherry"));
    List<Row> descNullsLast = words.orderBy(col("n").desc_nulls_last()).select("w").collectAsList();
    assertThat(descNullsLast).containsExactly(Row.of("cherry"), Row.of("Apple"), Row.of("banana"));
  }

  @Test
  void arithmeticCastsAndConditionals() {
    Row row = one(lit(7).plus(3), lit(7).minus(10), lit(7).multiply(2), lit(7).divide(2), lit(7).mod(4),
        lit(5).unary_minus(), lit(6).bitwiseAND(3), lit("42").cast("int"), lit("x").try_cast(DataTypes.IntegerType),
        lit(Double.NaN).isNaN(), when(lit(1).gt(2), "big").otherwise("small"),
        lit("abcdef").substr(2, 3), lit(new BigDecimal("1.25")).cast("decimal(5,1)"));
    assertThat(row.toList()).containsExactly(10, -3, 14, 3.5, 3, -5, 2, 42, null, true, "small", "bcd",
        new BigDecimal("1.3"));
  }

  @Test
  void nestedFieldsAndItems() {
    DataFrame nested = spark.sql("SELECT named_struct('a', 1, 'b', named_struct('c', 'x')) AS s, "
        + "array(10, 20, 30) AS xs, map('k', 'v') AS m");
    Row row = nested.select(col("s").getField("a"), col("s").getField("b").getField("c"), col("xs").getItem(1),
        col("m").getItem("k"), col("xs").apply(2), element_at(col("xs"), -1)).first();
    assertThat(row.toList()).containsExactly(1, "x", 20, "v", 30, 30);

    Row changed = nested.select(col("s").withField("a", lit(2)).withField("d", lit(true)).dropFields("b").as("s")).first();
    assertThat(changed.schema().apply("s").dataType().simpleString()).isEqualTo("struct<a:int,d:boolean>");
    assertThat(changed.<Row>getAs("s")).isEqualTo(Row.of(2, true));
  }

  @Test
  void stringFunctions() {
    Row row = one(upper(lit("spark")), initcap(lit("hello world")), length(lit("four")),
        concat_ws("-", lit("a"), lit("b"), lit("c")), substring(lit("connect"), 1, 4),
        regexp_replace(lit("a1b22c"), "\\d+", "#"), regexp_extract(lit("id=42;"), "id=(\\d+)", 1),
        split(lit("x,y,z"), ","), lpad(lit("7"), 3, "0"), format_string("%s has %d", lit("it"), lit(3)),
        trim(lit("  pad  ")), reverse(lit("abc")));
    assertThat(row.toList()).containsExactly("SPARK", "Hello World", 4, "a-b-c", "conn", "a#b#c", "42",
        List.of("x", "y", "z"), "007", "it has 3", "pad", "cba");
  }

  @Test
  void mathFunctions() {
    Row row = one(abs(lit(-4)), round(lit(2.567), 2), bround(lit(2.5)), pow(lit(2), 10), sqrt(lit(16)),
        greatest(lit(3), lit(9), lit(4)), least(lit(3), lit(9), lit(4)), floor(lit(2.7)), ceil(lit(2.1)),
        log(10, lit(1000)), pmod(lit(-7), lit(3)), try_divide(lit(1), lit(0)));
    assertThat(row.get(0)).isEqualTo(4);
    assertThat(row.getDouble(1)).isEqualTo(2.57);
    assertThat(row.getDouble(2)).isEqualTo(2.0);
    assertThat(row.getDouble(3)).isEqualTo(1024.0);
    assertThat(row.getDouble(4)).isEqualTo(4.0);
    assertThat(row.toList().subList(5, 9)).containsExactly(9, 3, 2L, 3L);
    assertThat(row.getDouble(9)).isCloseTo(3.0, within(1e-12));
    assertThat(row.get(10)).isEqualTo(2);
    assertThat(row.get(11)).isNull();

    Row overloads = spark.sql("SELECT 3.0D AS a, 4.0D AS b, DATE'2024-01-31' AS d, 2 AS n").select(
        hypot("a", "b"), hypot(col("a"), 4.0), pow("a", 2.0), atan2(0.0, "b"), round(lit(2.567), lit(1)),
        date_add(col("d"), col("n")), add_months(col("d"), col("n")), repeat(lit("ab"), col("n")),
        lpad(lit("7"), lit(3), lit("0")), trim(lit("xxhixx"), lit("x"))).first();
    assertThat(overloads.toList()).containsExactly(5.0, 5.0, 9.0, 0.0, 2.6,
        LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 31), "abab", "007", "hi");
  }

  @Test
  void dateAndTimeFunctions() {
    Row row = one(to_date(lit("2024-02-28")), date_add(to_date(lit("2024-02-28")), 2),
        datediff(to_date(lit("2024-03-01")), to_date(lit("2024-02-01"))), date_format(to_date(lit("2024-07-04")), "dd/MM/yyyy"),
        make_date(lit(2024), lit(12), lit(31)), year(to_date(lit("2031-01-01"))), last_day(to_date(lit("2024-02-10"))),
        add_months(to_date(lit("2024-01-31")), 1), to_timestamp(lit("2024-05-06 07:08:09")),
        to_date(lit("06.05.2024"), "dd.MM.yyyy"), dayofweek(to_date(lit("2024-05-06"))),
        unix_timestamp(lit("1970-01-02 00:00:00")));
    assertThat(row.toList()).containsExactly(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1), 29, "04/07/2024",
        LocalDate.of(2024, 12, 31), 2031, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29),
        Instant.parse("2024-05-06T07:08:09Z"), LocalDate.of(2024, 5, 6), 2, 86400L);
  }

  @Test
  void collectionFunctionsAndGenerators() {
    Row row = one(array(lit(3), lit(1), lit(3)).as("xs"), array_contains(array(lit(1), lit(2)), 2),
        size(array(lit(1), lit(2), lit(3))), sort_array(array(lit(3), lit(1), lit(2)), false),
        array_distinct(array(lit(1), lit(1), lit(2))), flatten(array(array(lit(1)), array(lit(2), lit(3)))),
        sequence(lit(1), lit(7), lit(3)), map_from_arrays(array(lit("a"), lit("b")), array(lit(1), lit(2))),
        arrays_zip(array(lit(1), lit(2)), array(lit("x"), lit("y"))));
    assertThat(row.toList().subList(0, 7)).containsExactly(List.of(3, 1, 3), true, 3, List.of(3, 2, 1),
        List.of(1, 2), List.of(1, 2, 3), List.of(1, 4, 7));
    assertThat(row.<Map<String, Integer>>getAs(7)).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
    assertThat(row.<List<Row>>getAs(8)).containsExactly(Row.of(1, "x"), Row.of(2, "y"));

    List<Row> exploded = spark.range(1).select(posexplode(array(lit("p"), lit("q")))).collectAsList();
    assertThat(exploded).containsExactly(Row.of(0, "p"), Row.of(1, "q"));
    assertThat(spark.range(1).select(explode(map(lit("k1"), lit(1), lit("k2"), lit(2)))).count()).isEqualTo(2);
  }

  @Test
  void aggregateAndWindowFunctions() {
    DataFrame scores = spark.sql("SELECT * FROM VALUES ('a', 1), ('a', 5), ('a', 5), ('b', 2), ('b', NULL) AS t(g, v)");
    Row totals = scores.agg(countDistinct(col("v")), sum_distinct(col("v")), approx_count_distinct(col("g")),
        collect_set(col("g")), percentile_approx(col("v"), lit(0.5), lit(10000)), first(col("v"), true),
        stddev(col("v"))).first();
    assertThat(totals.toList().subList(0, 3)).containsExactly(3L, 8L, 2L);
    assertThat(totals.<List<String>>getAs(3)).containsExactlyInAnyOrder("a", "b");
    assertThat(totals.get(4)).isEqualTo(2);
    assertThat(totals.getDouble(6)).isCloseTo(Math.sqrt(12.75 / 3), within(1e-9));

    WindowSpec byGroup = Window.partitionBy("g").orderBy(col("v").asc_nulls_last());
    List<Row> ranked = scores.select(col("g"), col("v"), rank().over(byGroup), dense_rank().over(byGroup),
            row_number().over(byGroup), lag(col("v"), 1).over(byGroup), lead(col("v"), 1, -1).over(byGroup),
            sum(col("v")).over(byGroup.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .orderBy(col("g"), col("v").asc_nulls_last()).collectAsList();
    assertThat(ranked).containsExactly(
        Row.of("a", 1, 1, 1, 1, null, 5, 1L),
        Row.of("a", 5, 2, 2, 2, 1, 5, 6L),
        Row.of("a", 5, 2, 2, 3, 5, -1, 11L),
        Row.of("b", 2, 1, 1, 1, null, null, 2L),
        Row.of("b", null, 2, 2, 2, 2, -1, 2L));

    List<Row> moving = spark.range(5).select(col("id"),
            sum(col("id")).over(Window.orderBy("id").rangeBetween(-1, 0)).as("pair"))
        .orderBy("id").collectAsList();
    assertThat(moving).extracting(r -> r.getLong(1)).containsExactly(0L, 1L, 3L, 5L, 7L);
  }

  @Test
  void jsonAndCsvFunctions() {
    StructType schema = new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.StringType);
    Column json = lit("{\"a\": 1, \"b\": \"x\"}");
    Row row = one(from_json(json, schema), from_json(json, "a INT, b STRING", Map.of()),
        to_json(struct(lit(2).as("a"), lit("y").as("b"))), get_json_object(json, "$.b"),
        schema_of_json("[{\"k\": 1.5}]"), from_csv(lit("3,z"), schema, Map.of()), to_csv(struct(lit(4), lit("w"))),
        schema_of_csv("1,abc"));
    assertThat(row.toList()).containsExactly(Row.of(1, "x"), Row.of(1, "x"), "{\"a\":2,\"b\":\"y\"}", "x",
        "ARRAY<STRUCT<k: DOUBLE>>", Row.of(3, "z"), "4,w", "STRUCT<_c0: INT, _c1: STRING>");

    Row tuple = spark.range(1).select(json_tuple(json, "a", "b")).first();
    assertThat(tuple).isEqualTo(Row.of("1", "x"));
  }

  @Test
  void higherOrderFunctionsWithLambdas() {
    Column xs = array(lit(1), lit(2), lit(3), lit(4));
    Column m = map(lit("a"), lit(1), lit("b"), lit(2));
    Row row = one(transform(xs, x -> x.multiply(10)), transform(xs, (x, i) -> x.plus(i)),
        functions.filter(xs, x -> x.mod(2).equalTo(0)), exists(xs, x -> x.gt(3)), forall(xs, x -> x.gt(0)),
        aggregate(xs, lit(0), (acc, x) -> acc.plus(x)), zip_with(xs, xs, (l, r) -> l.multiply(r)),
        transform_keys(m, (k, v) -> upper(k)), transform_values(m, (k, v) -> v.plus(100)),
        map_filter(m, (k, v) -> v.gt(1)));
    assertThat(row.toList().subList(0, 7)).containsExactly(List.of(10, 20, 30, 40), List.of(1, 3, 5, 7),
        List.of(2, 4), true, true, 10, List.of(1, 4, 9, 16));
    assertThat(row.<Map<String, Integer>>getAs(7)).containsExactly(Map.entry("A", 1), Map.entry("B", 2));
    assertThat(row.<Map<String, Integer>>getAs(8)).containsExactly(Map.entry("a", 101), Map.entry("b", 102));
    assertThat(row.<Map<String, Integer>>getAs(9)).containsExactly(Map.entry("b", 2));
  }

  @Test
  void expressionsByTextAndByFunctionName() {
    Row row = one(expr("1 + 2 AS three"), call_function("upper", lit("up")), typedLit(Map.of("k", List.of(1))),
        coalesce(lit(null), lit("fallback")));
    assertThat(row.toList()).containsExactly(3, "UP", Map.of("k", List.of(1)), "fallback");
    assertThat(row.schema().fieldNames()[0]).isEqualTo("three");
  }

  private static List<String> names(DataFrame df) {
    return df.orderBy("w").collectAsList().stream().map(r -> r.getString(0)).toList();
  }
}
