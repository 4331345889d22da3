package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The functions of Spark 4.0 to 4.2 that Apache Spark's 4.1 golden plans do not cover, against the
 * real 4.2 server: sketches, TIME, string aggregation, UTF-8 checks, seeded randomness, XML and the
 * deprecated aliases. Each asserts what the server computed.
 */
class RecentFunctionsContractTest extends RealServerTest {

  @Test
  void kllSketchesAnswerQuantilesAndCounts() {
    Row row = spark.range(1, 1001).agg(kll_sketch_agg_bigint(col("id")).as("s"))
        .select(kll_sketch_get_n_bigint(col("s")), kll_sketch_get_quantile_bigint(col("s"), lit(0.5)),
            kll_sketch_get_rank_bigint(col("s"), lit(250L)),
            kll_sketch_get_n_bigint(kll_sketch_merge_bigint(col("s"), col("s"))),
            kll_sketch_to_string_bigint(col("s")))
        .first();
    assertThat(row.getLong(0)).isEqualTo(1000L);
    assertThat(row.getLong(1)).isBetween(480L, 520L);
    assertThat(row.getDouble(2)).isCloseTo(0.25, within(0.02));
    assertThat(row.getLong(3)).isEqualTo(2000L);
    assertThat(row.getString(4)).contains("Kll").contains(": 1000");

    Row merged = spark.range(1, 101).select(col("id").cast("double").as("x"))
        .groupBy(col("x").mod(2)).agg(kll_sketch_agg_double("x", 200).as("s"))
        .agg(kll_merge_agg_double(col("s")).as("all")).select(kll_sketch_get_n_double(col("all"))).first();
    assertThat(merged.getLong(0)).isEqualTo(100L);
  }

  @Test
  void thetaSketchesCountUnionsIntersectionsAndDifferences() {
    DataFrame sets = spark.sql("SELECT theta_sketch_agg(id) AS a FROM range(0, 600)")
        .crossJoin(spark.range(400, 1000).agg(theta_sketch_agg(col("id")).as("b")));
    Row row = sets.select(theta_sketch_estimate("a"), theta_sketch_estimate(theta_union(col("a"), col("b"))),
        theta_sketch_estimate(theta_intersection("a", "b")), theta_sketch_estimate(theta_difference(col("a"), col("b"))))
        .first();
    assertThat(row.toList()).containsExactly(600L, 1000L, 200L, 400L);

    long unionAgg = spark.range(0, 300).select(col("id"), col("id").mod(3).as("part")).groupBy("part")
        .agg(theta_sketch_agg(col("id"), 12).as("s")).agg(theta_union_agg(col("s")).as("u"))
        .select(theta_sketch_estimate(col("u"))).first().getLong(0);
    assertThat(unionAgg).isEqualTo(300L);
  }

  @Test
  void tupleSketchesKeepASummaryPerKey() {
    DataFrame pairs = spark.sql("SELECT id % 10 AS k, CAST(1 AS INT) AS v FROM range(100)");
    Row row = pairs.agg(tuple_sketch_agg_integer(col("k"), col("v")).as("t"))
        .select(tuple_sketch_estimate_integer(col("t")), tuple_sketch_summary_integer(col("t"), "sum"),
            tuple_sketch_theta_integer(col("t")))
        .first();
    assertThat(row.getDouble(0)).isEqualTo(10.0);
    assertThat(row.get(1)).isEqualTo(100L);
    assertThat(row.getDouble(2)).isEqualTo(1.0);
  }

  @Test
  void hyperLogLogSketchesUnite() {
    Row row = spark.range(0, 100).agg(hll_sketch_agg(col("id")).as("a"))
        .crossJoin(spark.range(50, 150).agg(hll_sketch_agg(col("id")).as("b")))
        .select(hll_sketch_estimate("a"), hll_sketch_estimate(hll_union(col("a"), col("b")))).first();
    assertThat(row.getLong(0)).isEqualTo(100L);
    assertThat(row.getLong(1)).isBetween(145L, 155L);
  }

  @Test
  void stringAggregationAndExtremesByAnotherColumn() {
    DataFrame fruit = spark.sql("SELECT * FROM VALUES ('apple', 3), ('pear', 9), ('apple', 5), ('fig', 1) AS t(name, n)");
    Row row = fruit.agg(listagg(col("name"), lit(",")).as("all"), listagg_distinct(col("name")).as("distinct"),
        string_agg(col("name")), string_agg_distinct(col("name"), lit("|")),
        max_by(col("name"), col("n"), 2), min_by(col("name"), col("n"), 2), mode(col("name"), true)).first();
    assertThat(row.getString(0).split(",")).containsExactlyInAnyOrder("apple", "pear", "apple", "fig");
    assertThat(row.getString(1)).hasSize("applepearfig".length());
    assertThat(row.getString(3).split("\\|")).containsExactlyInAnyOrder("apple", "pear", "fig");
    assertThat(row.<List<String>>getAs(4)).containsExactly("pear", "apple");
    assertThat(row.<List<String>>getAs(5)).containsExactly("fig", "apple");
    assertThat(row.getString(6)).isEqualTo("apple");
  }

  @Test
  void timesOfDay() {
    spark.conf().set("spark.sql.timeType.enabled", true);
    Row row = spark.range(1).select(make_time(lit(9), lit(30), lit(15.5)), to_time(lit("23:59:58")),
        time_to_seconds(to_time(lit("01:00:00"))), time_trunc(lit("HOUR"), to_time(lit("10:45:00"))),
        time_diff(lit("MINUTE"), to_time(lit("10:00:00")), to_time(lit("11:30:00"))), time_from_seconds(lit(61)),
        try_to_time(lit("not a time")), current_time().isNotNull()).first();
    assertThat(row.get(0)).isEqualTo(LocalTime.of(9, 30, 15, 500_000_000));
    assertThat(row.get(1)).isEqualTo(LocalTime.of(23, 59, 58));
    assertThat(((Number) row.get(2)).longValue()).isEqualTo(3600L);
    assertThat(row.get(3)).isEqualTo(LocalTime.of(10, 0));
    assertThat(row.get(4)).isEqualTo(90L);
    assertThat(row.get(5)).isEqualTo(LocalTime.of(0, 1, 1));
    assertThat(row.get(6)).isNull();
    assertThat(row.getBoolean(7)).isTrue();
  }

  @Test
  void utf8ChecksZerosNullsAndSafeRemainders() {
    Column broken = unhex(lit("61FF62"));
    Row row = spark.range(1).select(is_valid_utf8(lit("ok")), is_valid_utf8(broken.cast("string")),
        make_valid_utf8(broken.cast("string")), try_validate_utf8(broken.cast("string")),
        nullifzero(lit(0)), zeroifnull(lit(null).cast("int")), try_mod(lit(7), lit(0)), try_mod(lit(7), lit(4)))
        .first();
    assertThat(row.toList()).containsExactly(true, false, "a\uFFFDb", null, null, 0, null, 3);
  }

  @Test
  void seededRandomnessIsRepeatableAndInRange() {
    DataFrame draws = spark.range(200).select(uniform(lit(1), lit(10), lit(7)).as("u"), randstr(lit(5), lit(7)).as("s"),
        uuid(lit(7)).as("id"), rand().as("r"), shuffle(array(lit(1), lit(2), lit(3)), lit(7)).as("a"));
    List<Row> rows = draws.collectAsList();
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.getInt(0)).isBetween(1, 9);
      assertThat(row.getString(1)).matches("[A-Za-z0-9]{5}");
      assertThat(row.getString(2)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(row.getDouble(3)).isBetween(0.0, 1.0);
      assertThat(row.<List<Integer>>getAs(4)).containsExactlyInAnyOrder(1, 2, 3);
    });
    assertThat(spark.range(5).select(uniform(lit(0), lit(1000), lit(3))).collectAsList())
        .isEqualTo(spark.range(5).select(uniform(lit(0), lit(1000), lit(3))).collectAsList());
  }

  @Test
  void xmlFunctionsParseAndWrite() {
    dev.sparkconnect.client.types.StructType schema = new dev.sparkconnect.client.types.StructType()
        .add("a", dev.sparkconnect.client.types.DataTypes.LongType);
    Row row = spark.range(1).select(from_xml(lit("<p><a>1</a></p>"), schema, Map.of()),
        from_xml(lit("<p><a>2</a></p>"), "a INT", Map.of()), schema_of_xml("<p><a>1</a></p>"),
        to_xml(struct(lit(3).as("a")))).first();
    assertThat(row.get(0)).isEqualTo(Row.of(1L));
    assertThat(row.get(1)).isEqualTo(Row.of(2));
    assertThat(row.getString(2)).isEqualTo("STRUCT<a: BIGINT>");
    assertThat(row.getString(3).replaceAll("\\s", "")).isEqualTo("<ROW><a>3</a></ROW>");
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedAliasesAndNameForms() {
    DataFrame xy = spark.sql("SELECT 3 AS x, 8 AS y, 180.0D AS deg");
    Row row = xy.select(greatest("x", "y"), least("x", "y"), toRadians("deg"), shiftLeft(col("x"), 2),
        bitwiseNOT(lit(0)), call_udf("upper", lit("u")), version()).first();
    assertThat(row.get(0)).isEqualTo(8);
    assertThat(row.get(1)).isEqualTo(3);
    assertThat(row.getDouble(2)).isCloseTo(Math.PI, within(1e-12));
    assertThat(row.get(3)).isEqualTo(12);
    assertThat(row.get(4)).isEqualTo(-1);
    assertThat(row.get(5)).isEqualTo("U");
    assertThat(row.getString(6)).startsWith(spark.version());
    assertThat(xy.agg(approxCountDistinct("x")).first()).isEqualTo(Row.of(1L));

    List<Row> levels = spark.sql("SELECT * FROM VALUES ('a', 1), ('b', 2) AS t(k, v)").cube(col("k"))
        .agg(grouping_id(col("k")).as("level"), sum("v")).orderBy(col("level"), col("k")).collectAsList();
    assertThat(levels).extracting(r -> r.get(1)).containsExactly(0L, 0L, 1L);
  }
}
