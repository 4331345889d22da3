package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.client.errors.SparkThrowable;
import dev.sparkconnect.client.errors.SparkUnsupportedOperationException;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Subquery expressions, lateral joins, table-valued functions and the operations Spark added in
 * 4.1 and 4.2, against the real server: each test asserts the rows Spark computed, so a plan the
 * server read differently from what was meant fails here.
 */
class SubqueriesAndNewerOperationsContractTest extends RealServerTest {

  private static DataFrame people;
  private static DataFrame orders;

  @BeforeAll
  static void data() {
    people = spark.createDataFrame(List.of(Row.of(1, "ann", 30), Row.of(2, "bob", 40), Row.of(3, "cy", 50)),
        new StructType().add("id", DataTypes.IntegerType).add("name", DataTypes.StringType)
            .add("age", DataTypes.IntegerType)).alias("people");
    orders = spark.createDataFrame(List.of(Row.of(1, 10L), Row.of(1, 20L), Row.of(3, 5L)),
        new StructType().add("person", DataTypes.IntegerType).add("amount", DataTypes.LongType)).alias("orders");
  }

  @Test
  void aScalarSubqueryIsAValueInsideAnotherQuery() {
    Column averageAge = people.select(avg("age")).scalar();

    assertThat(people.where(col("age").gt(averageAge)).select("name").collectAsList())
        .containsExactly(Row.of("cy"));
    assertThat(people.select(col("name"), averageAge).orderBy("name").first().getDouble(1)).isEqualTo(40.0);
    // Spark 4.2's server cannot resolve an alias directly over a scalar subquery in a projection
    // (INTERNAL_ERROR "Found the unresolved operator"; Apache Spark's client sends the same plan);
    // withColumn names it.
    assertThat(people.withColumn("average", averageAge).orderBy("name").first().getDouble(3)).isEqualTo(40.0);
  }

  @Test
  void correlatedExistsAndScalarSubqueriesReferToTheOuterQuery() {
    Column hasOrders = orders.where(col("orders.person").equalTo(col("people.id").outer())).exists();
    assertThat(people.where(hasOrders).orderBy("id").select("name").collectAsList())
        .containsExactly(Row.of("ann"), Row.of("cy"));
    assertThat(people.where(not(hasOrders)).select("name").collectAsList()).containsExactly(Row.of("bob"));

    Column spent = orders.where(col("orders.person").equalTo(col("people.id").outer()))
        .select(coalesce(sum("amount"), lit(0L))).scalar();
    assertThat(people.withColumn("spent", spent).orderBy("id").select("name", "spent").collectAsList())
        .containsExactly(Row.of("ann", 30L), Row.of("bob", 0L), Row.of("cy", 5L));
  }

  @Test
  void aSubqueryUsedTwiceAndOneNestedInAnotherAreSentOnceEach() {
    Column averageAge = people.select(avg("age")).scalar();
    DataFrame twice = people.where(col("age").geq(averageAge).and(col("age").leq(averageAge.plus(0))));
    assertThat(twice.plan().getWithRelations().getReferencesCount()).isEqualTo(1);
    assertThat(twice.select("name").collectAsList()).containsExactly(Row.of("bob"));

    DataFrame olderThanAverage = people.where(col("age").gt(averageAge)).select("id");
    assertThat(people.where(col("id").isin(olderThanAverage)).select("name").collectAsList())
        .containsExactly(Row.of("cy"));
    assertThat(people.where(not(col("id").isin(orders.select("person")))).select("name").collectAsList())
        .containsExactly(Row.of("bob"));
  }

  @Test
  void lateralJoinsEvaluateTheRightSideForEachLeftRow() {
    DataFrame theirOrders = orders.where(col("orders.person").equalTo(col("people.id").outer()))
        .select(col("amount"));
    assertThat(people.lateralJoin(theirOrders).orderBy("id", "amount").select("name", "amount").collectAsList())
        .containsExactly(Row.of("ann", 10L), Row.of("ann", 20L), Row.of("cy", 5L));
    assertThat(people.lateralJoin(theirOrders, "left").orderBy("id", "amount").select("name", "amount")
        .collectAsList()).containsExactly(Row.of("ann", 10L), Row.of("ann", 20L), Row.of("bob", null),
            Row.of("cy", 5L));
    assertThat(people.lateralJoin(theirOrders, col("amount").gt(15)).select("name", "amount").collectAsList())
        .containsExactly(Row.of("ann", 20L));
    assertThatThrownBy(() -> people.lateralJoin(theirOrders, "right"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'inner', 'cross', 'left'");
  }

  @Test
  void tableValuedFunctionsAreDataFrames() {
    assertThat(spark.tvf().range(3).collectAsList()).containsExactly(Row.of(0L), Row.of(1L), Row.of(2L));
    assertThat(spark.tvf().explode(array(lit(1), lit(2))).collectAsList()).containsExactly(Row.of(1), Row.of(2));
    assertThat(spark.tvf().posexplode(array(lit("a"), lit("b"))).collectAsList())
        .containsExactly(Row.of(0, "a"), Row.of(1, "b"));
    assertThat(spark.tvf().stack(lit(2), lit("x"), lit(1), lit("y"), lit(2)).collectAsList())
        .containsExactly(Row.of("x", 1), Row.of("y", 2));
    assertThat(spark.tvf().json_tuple(lit("{\"a\":1,\"b\":\"two\"}"), lit("a"), lit("b")).first())
        .isEqualTo(Row.of("1", "two"));
    assertThat(spark.tvf().inline(array(struct(lit(1).as("k"), lit("v").as("w")))).columns())
        .containsExactly("k", "w");
    assertThat(spark.tvf().explode_outer(lit(null).cast("array<int>")).collectAsList())
        .containsExactly(Row.of((Object) null));
    assertThat(spark.tvf().sql_keywords().where(col("keyword").equalTo("SELECT")).count()).isEqualTo(1);
  }

  @Test
  void zipWithIndexNumbersRowsInOrder() {
    DataFrame indexed = spark.range(5, 10).zipWithIndex();
    assertThat(indexed.columns()).containsExactly("id", "index");
    assertThat(indexed.orderBy("id").collectAsList()).extracting(row -> row.getLong(1))
        .containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(people.orderBy(col("age").desc()).zipWithIndex("rank").where(col("rank").equalTo(0))
        .select("name").collectAsList()).containsExactly(Row.of("cy"));
  }

  @Test
  void repartitionByIdSendsEachRowToThePartitionItNames() {
    DataFrame placed = spark.range(12).repartitionById(3, col("id").mod(3).cast("int"))
        .select(col("id"), spark_partition_id().as("partition"));
    for (Row row : placed.collectAsList()) {
      assertThat(row.getInt(1)).as("partition of %s", row.get(0)).isEqualTo((int) (row.getLong(0) % 3));
    }
  }

  @Test
  void watermarksAndDeduplicationWithinThemArriveAsStreamingOperations() {
    DataFrame events = spark.sql("SELECT * FROM VALUES (1, TIMESTAMP'2024-01-01 00:00:00'), "
        + "(1, TIMESTAMP'2024-01-01 00:00:00'), (2, TIMESTAMP'2024-01-01 00:01:00') AS t(id, at)");
    assertThat(events.withWatermark("at", "10 minutes").count()).isEqualTo(3);
    // Deduplication within a watermark is for streams; the server tells it from plain deduplication.
    assertThatThrownBy(() -> events.dropDuplicatesWithinWatermark().count())
        .isInstanceOf(AnalysisException.class).hasMessageContaining("not supported with batch");
    assertThatThrownBy(() -> events.dropDuplicatesWithinWatermark("id").count())
        .isInstanceOf(AnalysisException.class).hasMessageContaining("not supported with batch");
    assertThat(events.dropDuplicates("id").count()).isEqualTo(2);
  }

  @Test
  void nearestByJoinFindsTheClosestRows() {
    DataFrame points = spark.sql("SELECT * FROM VALUES (1, 0.0), (2, 10.0) AS q(qid, x)");
    DataFrame base = spark.sql("SELECT * FROM VALUES ('a', 1.0), ('b', 9.0), ('c', 11.5) AS b(bid, y)");

    DataFrame nearest = points.nearestByJoin(base, abs(col("x").minus(col("y"))), 1, "exact", "distance");

    assertThat(nearest.orderBy("qid").select("qid", "bid").collectAsList())
        .containsExactly(Row.of(1, "a"), Row.of(2, "b"));
  }

  @Test
  void columnTransformAndTimeAreClientSideConveniences() {
    assertThat(people.select(col("name").transform(c -> upper(c))).orderBy("upper(name)").first())
        .isEqualTo(Row.of("ANN"));
    assertThat(spark.time(() -> people.count())).isEqualTo(3L);
  }

  @Test
  void mergeIntoIsSentAsOneCommandAndTheServerDecidesOnTheTable() {
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW merge_target AS SELECT 1 AS id, 'old' AS v");
    DataFrame updates = spark.sql("SELECT 1 AS id, 'new' AS v");
    MergeIntoWriter merge = updates.mergeInto("merge_target", col("merge_target.id").equalTo(updates.col("id")))
        .whenMatched().updateAll()
        .whenNotMatched().insertAll();

    // A temporary view of a query supports no row-level changes: the server reads the whole
    // command, resolves the target and says it cannot merge into it.
    assertThatThrownBy(merge::merge).isInstanceOf(SparkUnsupportedOperationException.class)
        .hasMessageContaining("MERGE INTO")
        .extracting(e -> ((SparkThrowable) e).getCondition()).isEqualTo("UNSUPPORTED_FEATURE.TABLE_OPERATION");
    assertThatThrownBy(() -> updates.mergeInto("merge_target", lit(true)).merge())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs at least one action");
  }

  @Test
  void rowsAsJsonMatchSparksFormat() {
    Row row = spark.sql("SELECT 1 AS id, 'a\"b' AS s, X'0102' AS b, DATE'2024-02-29' AS d, "
        + "map('z', 1, 'a', 2) AS m, named_struct('x', 1.5D) AS st, array(1, null) AS arr").first();
    assertThat(row.json()).isEqualTo(
        "{\"id\":1,\"s\":\"a\\\"b\",\"b\":\"AQI=\",\"d\":\"2024-02-29\",\"m\":{\"a\":2,\"z\":1},"
            + "\"st\":{\"x\":1.5},\"arr\":[1,null]}");
    assertThat(row.getValuesMap(List.of("id", "d"))).isEqualTo(Map.of("id", 1, "d", java.time.LocalDate.of(2024, 2, 29)));
    assertThat(row.getDate(3)).isEqualTo(java.sql.Date.valueOf("2024-02-29"));
  }
}
