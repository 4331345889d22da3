package dev.sparkconnect.client;

import static dev.sparkconnect.client.functions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DataFrame, Column and functions API against a real server: results, not just plans. */
class DataFrameApiContractTest extends RealServerTest {

  private static DataFrame people;
  private static DataFrame depts;

  @BeforeAll
  static void data() {
    people = spark.createDataFrame(List.of(
            Row.of(1L, "ann", "eng", 120), Row.of(2L, "bob", "eng", 100), Row.of(3L, "cid", "ops", 90),
            Row.of(4L, "dee", "ops", null), Row.of(5L, "eve", "sales", 80)),
        new StructType().add("id", DataTypes.LongType, false).add("name", DataTypes.StringType)
            .add("dept", DataTypes.StringType).add("salary", DataTypes.IntegerType));
    depts = spark.createDataFrame(List.of(Row.of("eng", "Zürich"), Row.of("ops", "Bern")),
        new StructType().add("dept", DataTypes.StringType).add("city", DataTypes.StringType));
  }

  @Test
  void selectFilterAndOrder() {
    List<Row> rows = people.filter(col("salary").geq(90)).select(col("name"), col("salary").multiply(2).as("twice"))
        .orderBy(col("twice").desc()).collectAsList();
    assertThat(rows).containsExactly(Row.of("ann", 240), Row.of("bob", 200), Row.of("cid", 180));
  }

  @Test
  void groupAndAggregate() {
    List<Row> rows = people.groupBy("dept")
        .agg(count(lit(1)).as("n"), max("salary").as("top"), avg(col("salary")).as("mean"))
        .orderBy("dept").collectAsList();
    assertThat(rows).containsExactly(Row.of("eng", 2L, 120, 110.0), Row.of("ops", 2L, 90, 90.0),
        Row.of("sales", 1L, 80, 80.0));
    assertThat(people.groupBy("dept").count().count()).isEqualTo(3);
  }

  @Test
  void aggregatesByFunctionNameTheSameColumnTwiceAndRowsByStar() {
    List<Row> rows = people.groupBy("dept")
        .agg(Map.entry("salary", "max"), Map.entry("salary", "mean"), Map.entry("*", "count"), Map.entry("salary", "count"))
        .orderBy("dept").collectAsList();
    assertThat(rows).containsExactly(Row.of("eng", 120, 110.0, 2L, 2L), Row.of("ops", 90, 90.0, 2L, 1L),
        Row.of("sales", 80, 80.0, 1L, 1L));
    assertThat(people.agg(Map.of("salary", "min")).collectAsList()).containsExactly(Row.of(80));
    assertThat(people.agg(Map.entry("id", "min"), Map.entry("id", "max")).collectAsList()).containsExactly(Row.of(1L, 5L));
  }

  @Test
  void joinsByColumnAndByCondition() {
    assertThat(people.join(depts, "dept").select("name", "city").orderBy("name").collectAsList())
        .containsExactly(Row.of("ann", "Zürich"), Row.of("bob", "Zürich"), Row.of("cid", "Bern"), Row.of("dee", "Bern"));
    assertThat(people.join(depts, new String[] {"dept"}).count()).isEqualTo(4);
    assertThat(people.join(depts, "dept", "left").filter(col("city").isNull()).select("name").collectAsList())
        .containsExactly(Row.of("eve"));
    assertThat(people.join(depts, new String[] {"dept"}, "left_anti").select("name").collectAsList())
        .containsExactly(Row.of("eve"));
    DataFrame p = people.alias("p");
    DataFrame d = depts.alias("d");
    assertThat(p.join(d, col("p.dept").equalTo(col("d.dept")), "left_anti").select("name").collectAsList())
        .containsExactly(Row.of("eve"));
  }

  @Test
  void windowsConditionalsAndSetOperations() {
    List<Row> ranked = people.select(col("name"),
            row_number().over(Window.partitionBy("dept").orderBy(col("salary").desc_nulls_last())).as("rank"),
            when(col("salary").isNull(), "unknown").when(col("salary").gt(95), "high").otherwise("normal").as("band"))
        .orderBy("name").collectAsList();
    assertThat(ranked).containsExactly(Row.of("ann", 1, "high"), Row.of("bob", 2, "high"), Row.of("cid", 1, "normal"),
        Row.of("dee", 2, "unknown"), Row.of("eve", 1, "normal"));

    DataFrame ids = people.select("id");
    assertThat(ids.union(ids).count()).isEqualTo(10);
    assertThat(ids.union(ids).distinct().count()).isEqualTo(5);
    assertThat(ids.except(ids.filter(col("id").gt(2))).orderBy("id").collectAsList()).containsExactly(Row.of(1L), Row.of(2L));
  }

  @Test
  void columnsChangeByNameAndTempViewsServeSql() {
    DataFrame changed = people.withColumn("bonus", coalesce(col("salary"), lit(0)).divide(10))
        .withColumnRenamed("name", "who").drop("dept", "id");
    assertThat(changed.columns()).containsExactly("who", "salary", "bonus");

    people.createOrReplaceTempView("api_people");
    assertThat(spark.sql("SELECT count(*) FROM api_people WHERE dept = 'ops'").collectAsList())
        .containsExactly(Row.of(2L));
  }

  @Test
  void aBadColumnIsReportedByTheServer() {
    assertThatThrownBy(() -> people.select(col("nope")).collectAsList())
        .isInstanceOf(dev.sparkconnect.client.errors.AnalysisException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> people.join(depts, List.of("dept"), "sideways"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sideways'");
  }
}
