package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * The DataFrame transformations that reshape data, against a real server: deduplication, slicing,
 * multi-dimensional grouping, pivots, every join type, set operations, partitioning, sampling,
 * summaries, missing values and global views. Each test asserts the rows Spark computed.
 */
@Tag("first-jdk-only")
class ReshapingContractTest extends RealServerTest {

  private static DataFrame sales;

  @BeforeAll
  static void data() {
    sales = spark.createDataFrame(List.of(
            Row.of("eu", "2024", "pens", 10), Row.of("eu", "2024", "ink", 5), Row.of("eu", "2025", "pens", 7),
            Row.of("us", "2024", "pens", 3), Row.of("us", "2025", "ink", 8), Row.of("us", "2025", "ink", 8)),
        new StructType().add("region", DataTypes.StringType).add("year", DataTypes.StringType)
            .add("item", DataTypes.StringType).add("units", DataTypes.IntegerType));
  }

  @Test
  void duplicatesSlicesAndRenames() {
    assertThat(sales.count()).isEqualTo(6);
    assertThat(sales.distinct().count()).isEqualTo(5);
    assertThat(sales.dropDuplicates().count()).isEqualTo(5);
    assertThat(sales.dropDuplicates("region", "item").count()).isEqualTo(4);

    DataFrame ordered = sales.orderBy(col("units").desc(), col("region"));
    assertThat(ordered.limit(2).select("units").collectAsList()).containsExactly(Row.of(10), Row.of(8));
    assertThat(ordered.offset(4).select("units").collectAsList()).containsExactly(Row.of(5), Row.of(3));

    Map<String, Column> added = new LinkedHashMap<>();
    added.put("double_units", col("units").multiply(2));
    added.put("label", concat_ws("/", col("region"), col("year")));
    DataFrame reshaped = sales.withColumns(added).withColumnsRenamed(Map.of("units", "n"))
        .toDF("r", "y", "i", "n", "dn", "l");
    assertThat(reshaped.columns()).containsExactly("r", "y", "i", "n", "dn", "l");
    assertThat(reshaped.filter(col("n").equalTo(10)).select("dn", "l").collectAsList())
        .containsExactly(Row.of(20, "eu/2024"));

    StructType wanted = new StructType().add("units", DataTypes.LongType).add("item", DataTypes.StringType);
    DataFrame projected = sales.to(wanted);
    assertThat(projected.schema()).isEqualTo(wanted);
    assertThat(projected.orderBy(col("units")).first()).isEqualTo(Row.of(3L, "pens"));
  }

  @Test
  void rollupCubeGroupingSetsAndShortcutAggregates() {
    List<Row> rollup = sales.rollup("region", "year").agg(sum("units").as("total"))
        .orderBy(col("region").asc_nulls_last(), col("year").asc_nulls_last()).collectAsList();
    assertThat(rollup).containsExactly(
        Row.of("eu", "2024", 15L), Row.of("eu", "2025", 7L), Row.of("eu", null, 22L),
        Row.of("us", "2024", 3L), Row.of("us", "2025", 16L), Row.of("us", null, 19L),
        Row.of(null, null, 41L));

    assertThat(sales.cube("region", "item").count().count()).isEqualTo(9);
    assertThat(sales.cube(col("item")).agg(sum("units")).filter(col("item").isNull()).collectAsList())
        .containsExactly(Row.of(null, 41L));

    List<Row> sets = sales.groupingSets(List.of(List.of(col("region")), List.of(col("item"))),
            col("region"), col("item"))
        .agg(max("units").as("top"))
        .orderBy(col("region").asc_nulls_last(), col("item").asc_nulls_last()).collectAsList();
    assertThat(sets).containsExactly(Row.of("eu", null, 10), Row.of("us", null, 8),
        Row.of(null, "ink", 8), Row.of(null, "pens", 10));

    RelationalGroupedDataset byRegion = sales.groupBy("region");
    assertThat(byRegion.sum("units").orderBy("region").collectAsList())
        .containsExactly(Row.of("eu", 22L), Row.of("us", 19L));
    assertThat(byRegion.min("units").orderBy("region").collectAsList()).containsExactly(Row.of("eu", 5), Row.of("us", 3));
    assertThat(byRegion.max("units").orderBy("region").collectAsList()).containsExactly(Row.of("eu", 10), Row.of("us", 8));
    assertThat(byRegion.avg("units").orderBy("region").collectAsList())
        .containsExactly(Row.of("eu", 22 / 3.0), Row.of("us", 19 / 3.0));
    assertThat(byRegion.mean("units").orderBy("region").first()).isEqualTo(Row.of("eu", 22 / 3.0));
    assertThat(byRegion.count().orderBy("region").collectAsList()).containsExactly(Row.of("eu", 3L), Row.of("us", 3L));
  }

  @Test
  void pivotsWithAndWithoutTheirValuesAndUnpivotBack() {
    DataFrame pivoted = sales.groupBy("region").pivot("year").agg(sum("units")).orderBy("region");
    assertThat(pivoted.columns()).containsExactly("region", "2024", "2025");
    assertThat(pivoted.collectAsList()).containsExactly(Row.of("eu", 15L, 7L), Row.of("us", 3L, 16L));

    DataFrame only2025 = sales.groupBy("item").pivot("year", List.of("2025")).agg(sum("units")).orderBy("item");
    assertThat(only2025.collectAsList()).containsExactly(Row.of("ink", 16L), Row.of("pens", 7L));

    DataFrame back = pivoted.unpivot(new Column[] {col("region")}, new Column[] {col("2024"), col("2025")},
        "year", "units");
    assertThat(back.orderBy("region", "year").collectAsList()).containsExactly(
        Row.of("eu", "2024", 15L), Row.of("eu", "2025", 7L), Row.of("us", "2024", 3L), Row.of("us", "2025", 16L));
    assertThat(pivoted.melt(new Column[] {col("region")}, "year", "units").count()).isEqualTo(4);
  }

  @Test
  void everyJoinType() {
    DataFrame left = spark.sql("SELECT * FROM VALUES (1, 'a'), (2, 'b'), (3, 'c') AS l(k, lv)");
    DataFrame right = spark.sql("SELECT * FROM VALUES (2, 'x'), (3, 'y'), (4, 'z') AS r(k, rv)");
    assertThat(keys(left.join(right, "k"))).containsExactly(2, 3);
    assertThat(keys(left.join(right, List.of("k"), "left"))).containsExactly(1, 2, 3);
    assertThat(keys(left.join(right, List.of("k"), "right"))).containsExactly(2, 3, 4);
    assertThat(keys(left.join(right, List.of("k"), "full_outer"))).containsExactly(1, 2, 3, 4);
    assertThat(keys(left.join(right, List.of("k"), "left_semi"))).containsExactly(2, 3);
    assertThat(keys(left.join(right, List.of("k"), "anti"))).containsExactly(1);
    assertThat(left.join(right, left.col("k").lt(right.col("k")), "inner").count()).isEqualTo(6);
    assertThat(left.crossJoin(right).count()).isEqualTo(9);
    assertThat(left.join(right).count()).isEqualTo(9);
    assertThat(left.hint("broadcast").join(right, "k").count()).isEqualTo(2);

    DataFrame self = left.alias("a").join(left.alias("b"), col("a.k").equalTo(col("b.k").minus(1)))
        .select(col("a.lv"), col("b.lv"));
    assertThat(self.orderBy(col("a.lv")).collectAsList()).containsExactly(Row.of("a", "b"), Row.of("b", "c"));
    assertThatThrownBy(() -> left.join(right, List.of("k"), "sideways").count())
        .hasMessageContaining("sideways");
  }

  @Test
  void setOperationsKeepOrDropDuplicatesAsAsked() {
    DataFrame a = spark.sql("SELECT * FROM VALUES (1), (1), (2), (3) AS t(x)");
    DataFrame b = spark.sql("SELECT * FROM VALUES (1), (3), (3), (4) AS t(x)");
    assertThat(ints(a.union(b))).containsExactly(1, 1, 1, 2, 3, 3, 3, 4);
    assertThat(ints(a.unionAll(b))).hasSize(8);
    assertThat(ints(a.intersect(b))).containsExactly(1, 3);
    assertThat(ints(a.intersectAll(b))).containsExactly(1, 3);
    assertThat(ints(a.except(b))).containsExactly(2);
    assertThat(ints(a.exceptAll(b))).containsExactly(1, 2);

    DataFrame xy = spark.sql("SELECT 1 AS x, 'p' AS y");
    DataFrame yx = spark.sql("SELECT 'q' AS y, 2 AS x");
    assertThat(xy.unionByName(yx).orderBy("x").collectAsList()).containsExactly(Row.of(1, "p"), Row.of(2, "q"));
    DataFrame xOnly = spark.sql("SELECT 3 AS x");
    assertThat(xy.unionByName(xOnly, true).orderBy("x").collectAsList())
        .containsExactly(Row.of(1, "p"), Row.of(3, null));
    assertThatThrownBy(() -> xy.unionByName(xOnly).count()).isInstanceOf(AnalysisException.class);
  }

  @Test
  void partitioningIsVisibleThroughThePartitionIds() {
    DataFrame hundred = spark.range(100);
    assertThat(partitions(hundred.repartition(3))).isEqualTo(3);
    assertThat(partitions(hundred.repartition(4, col("id")))).isEqualTo(4);
    assertThat(partitions(hundred.repartition(5).coalesce(1))).isEqualTo(1);

    List<Row> ranges = hundred.repartitionByRange(2, col("id"))
        .groupBy(spark_partition_id().as("p")).agg(min("id").as("lo"), max("id").as("hi"))
        .orderBy("p").collectAsList();
    assertThat(ranges).hasSize(2);
    assertThat(ranges.get(0).getLong(2)).isLessThan(ranges.get(1).getLong(1));

    List<Long> sortedInside = hundred.repartition(1).sortWithinPartitions(col("id").desc()).limit(3)
        .collectAsList().stream().map(row -> row.getLong(0)).collect(Collectors.toList());
    assertThat(sortedInside).containsExactly(99L, 98L, 97L);
  }

  @Test
  void samplesAreSubsetsAndRepeatableBySeed() {
    DataFrame thousand = spark.range(1000);
    long first = thousand.sample(0.3, 42L).count();
    assertThat(first).isBetween(200L, 400L).isEqualTo(thousand.sample(0.3, 42L).count());
    assertThat(thousand.sample(0.3, 42L).except(thousand).count()).isZero();
    assertThat(thousand.sample(true, 2.0, 7L).count()).isBetween(1600L, 2400L);
    assertThatThrownBy(() -> thousand.sample(-0.1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use 0 or more");
    assertThatThrownBy(() -> thousand.sample(1.5, 1L)).hasMessageContaining("with replacement");
  }

  @Test
  void describeAndSummaryComputeTheirStatistics() {
    Map<String, String> described = sales.describe("units").collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getString(0), row -> row.getString(1)));
    assertThat(described).containsEntry("count", "6").containsEntry("min", "3").containsEntry("max", "10");
    assertThat(Double.parseDouble(described.get("mean"))).isEqualTo(41 / 6.0, org.assertj.core.api.Assertions.within(1e-9));

    List<Row> summary = sales.select("units").summary("min", "50%", "max").collectAsList();
    assertThat(summary).containsExactly(Row.of("min", "3"), Row.of("50%", "7"), Row.of("max", "10"));
  }

  @Test
  void missingValuesAreDroppedFilledAndReplaced() {
    DataFrame gaps = spark.sql("SELECT * FROM VALUES (1, 'a', 1.0D), (2, NULL, CAST('NaN' AS DOUBLE)), "
        + "(NULL, NULL, NULL), (4, 'd', NULL) AS t(id, name, score)");
    assertThat(gaps.na().drop().count()).isEqualTo(1);
    assertThat(gaps.na().drop("all").count()).isEqualTo(3);
    assertThat(gaps.na().drop(new String[] {"id"}).count()).isEqualTo(3);
    assertThat(gaps.na().drop("all", new String[] {"name", "score"}).count()).isEqualTo(2);
    assertThat(gaps.na().drop(2).count()).isEqualTo(2);
    assertThatThrownBy(() -> gaps.na().drop("some")).hasMessageContaining("\"any\" or \"all\"");

    assertThat(gaps.na().fill(0.5, "score").select("score").collectAsList())
        .containsExactly(Row.of(1.0), Row.of(0.5), Row.of(0.5), Row.of(0.5));
    Map<String, Object> perColumn = new LinkedHashMap<>();
    perColumn.put("id", 0);
    perColumn.put("name", "?");
    assertThat(gaps.na().fill(perColumn).select("id", "name").collectAsList())
        .containsExactly(Row.of(1, "a"), Row.of(2, "?"), Row.of(0, "?"), Row.of(4, "d"));
    assertThat(gaps.na().replace("name", Map.of("a", "alpha")).select("name").first()).isEqualTo(Row.of("alpha"));
    assertThat(gaps.na().replace(new String[] {"id"}, Map.of(4, 40)).filter(col("id").equalTo(40)).count())
        .isEqualTo(1);
  }

  @Test
  void crosstabFrequentItemsAndStratifiedSamples() {
    List<Row> table = sales.stat().crosstab("region", "item").orderBy(col("region_item")).collectAsList();
    assertThat(table).containsExactly(Row.of("eu", 1L, 2L), Row.of("us", 2L, 1L));

    Row frequent = sales.stat().freqItems(new String[] {"item"}, 0.4).first();
    assertThat(frequent.<List<String>>getAs("item_freqItems")).containsExactlyInAnyOrder("ink", "pens");

    Map<Object, Double> fractions = Map.of("eu", 1.0, "us", 0.0);
    assertThat(sales.stat().sampleBy("region", fractions, 3L).select("region").distinct().collectAsList())
        .containsExactly(Row.of("eu"));
  }

  @Test
  void globalTempViewsAreSharedAcrossSessionsOfTheServer() {
    sales.filter(col("region").equalTo("us")).createOrReplaceGlobalTempView("contract_us_sales");
    try (SparkSession other = newSession()) {
      assertThat(other.sql("SELECT sum(units) FROM global_temp.contract_us_sales").first()).isEqualTo(Row.of(19L));
    }
    assertThatThrownBy(() -> sales.createGlobalTempView("contract_us_sales"))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("contract_us_sales");
    sales.createTempView("contract_sales_local");
    assertThatThrownBy(() -> sales.createTempView("contract_sales_local")).isInstanceOf(AnalysisException.class);
    assertThat(spark.catalog().dropGlobalTempView("contract_us_sales")).isTrue();
  }

  private static List<Integer> keys(DataFrame joined) {
    return joined.orderBy("k").collectAsList().stream().map(row -> row.<Integer>getAs("k")).collect(Collectors.toList());
  }

  private static List<Integer> ints(DataFrame df) {
    return df.orderBy("x").collectAsList().stream().map(row -> row.getInt(0)).collect(Collectors.toList());
  }

  private static long partitions(DataFrame df) {
    return df.select(spark_partition_id()).distinct().count();
  }
}
