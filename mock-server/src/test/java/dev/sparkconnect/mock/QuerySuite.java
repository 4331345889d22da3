package dev.sparkconnect.mock;

import static dev.sparkconnect.client.functions.col;
import static dev.sparkconnect.client.functions.count;
import static dev.sparkconnect.client.functions.explode;
import static dev.sparkconnect.client.functions.lit;
import static dev.sparkconnect.client.functions.row_number;
import static dev.sparkconnect.client.functions.sum;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.Window;
import dev.sparkconnect.client.errors.SparkException;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The queries recorded from a real server and replayed through the mock: every major relation
 * type, every Spark type, errors and a multi-batch result. Each gives an outcome text (schema and
 * every row, or the exception's class and condition) that must be the same live and replayed.
 */
final class QuerySuite {

  private QuerySuite() {}

  static Map<String, Function<SparkSession, String>> queries() {
    Map<String, Function<SparkSession, String>> queries = new LinkedHashMap<>();
    queries.put("range", spark -> rows(spark.range(10)));
    queries.put("every type", spark -> rows(spark.sql("SELECT true AS b, 1Y AS t, 2S AS s, 3 AS i, 4L AS l,"
        + " 1.5F AS f, 2.5D AS d, CAST('12345678901234567890.123456789' AS DECIMAL(38, 9)) AS dec,"
        + " 'text' AS str, X'CAFE' AS bin, DATE'2024-02-29' AS day, DATE'0001-01-01' AS first_day,"
        + " TIMESTAMP'2024-01-01 12:34:56.123456' AS ts, TIMESTAMP_NTZ'9999-12-31 23:59:59.999999' AS ntz,"
        + " INTERVAL '3 04:05:06.789' DAY TO SECOND AS dt, INTERVAL '2-3' YEAR TO MONTH AS ym,"
        + " array(1, 2, NULL) AS arr, map('a', 1, 'b', 2) AS m, named_struct('x', 1, 'y', 'z') AS st,"
        + " CAST(NULL AS STRING) AS nothing, CAST('NaN' AS DOUBLE) AS nan")));
    queries.put("filter project", spark -> rows(spark.range(100).filter(col("id").mod(7).equalTo(0))
        .select(col("id"), col("id").multiply(2).alias("twice"), lit("x").alias("tag"))));
    queries.put("aggregate", spark -> rows(spark.range(1000).withColumn("bucket", col("id").mod(5))
        .groupBy("bucket").agg(count("*").alias("n"), sum("id").alias("total")).orderBy("bucket")));
    queries.put("join", spark -> rows(spark.range(10).alias("a")
        .join(spark.range(5, 15).alias("b"), col("a.id").equalTo(col("b.id")), "inner").orderBy(col("a.id"))));
    queries.put("set operations", spark -> rows(spark.range(5).union(spark.range(3, 8)).distinct().orderBy("id")
        .limit(6)));
    queries.put("window", spark -> rows(spark.range(20).withColumn("g", col("id").mod(3))
        .withColumn("rank", row_number().over(Window.partitionBy("g").orderBy(col("id").desc())))
        .filter(col("rank").leq(2)).orderBy("g", "rank")));
    queries.put("explode", spark -> rows(spark.sql("SELECT array(1, 2, 3) AS xs").select(explode(col("xs")))));
    queries.put("local data", spark -> {
      StructType schema = new StructType().add("name", DataTypes.StringType).add("age", DataTypes.IntegerType);
      return rows(spark.createDataFrame(List.of(Row.of("ann", 31), Row.of("bob", null)), schema));
    });
    queries.put("multi-batch", spark -> {
      List<Row> all = spark.range(0, 100_000, 1, 4).collectAsList();
      long sum = 0;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).getLong(0) != i) {
          return "row " + i + " is " + all.get(i);
        }
        sum += all.get(i).getLong(0);
      }
      return all.size() + " rows, sum " + sum;
    });
    queries.put("count", spark -> String.valueOf(spark.range(12345).count()));
    queries.put("schema", spark -> spark.sql("SELECT 1 AS one, 'a' AS letter").schema().toDDL());
    queries.put("show", spark -> spark.range(3).showString(20, 20, false));
    queries.put("missing table", spark -> rows(spark.table("no_such_table")));
    queries.put("parse error", spark -> rows(spark.sql("SELEC 1")));
    queries.put("divide by zero", spark -> rows(spark.sql("SELECT 1 / 0 AS boom")));
    return queries;
  }

  /** The outcome of each query, or of its failure. */
  static Map<String, String> run(SparkSession spark) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    queries().forEach((name, query) -> {
      String outcome;
      try {
        outcome = query.apply(spark);
      } catch (SparkException e) {
        outcome = "fails: " + e.getClass().getSimpleName() + " " + e.getCondition() + " " + e.getSqlState();
      }
      outcomes.put(name, outcome);
    });
    return outcomes;
  }

  private static String rows(DataFrame df) {
    List<String> lines = new ArrayList<>();
    lines.add(df.schema().toDDL());
    for (Row row : df.collectAsList()) {
      lines.add(text(row));
    }
    return String.join("\n", lines);
  }

  private static String text(Object value) {
    if (value instanceof Row row) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        parts.add(text(row.get(i)));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (value instanceof byte[] bytes) {
      return Arrays.toString(bytes);
    }
    return String.valueOf(value);
  }
}
