package dev.sparkconnect.examples;

import static dev.sparkconnect.client.functions.avg;
import static dev.sparkconnect.client.functions.col;
import static dev.sparkconnect.client.functions.count;
import static dev.sparkconnect.client.functions.round;
import static dev.sparkconnect.client.functions.sum;
import static dev.sparkconnect.client.functions.trunc;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.Window;
import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The queries of the README, on two small datasets (planets in SQL, a shop's orders as local data):
 * what the quick start prints and what the bundled sample fixtures hold, so that the mock server
 * serving those samples answers this program exactly as a real Spark server does.
 */
public final class SampleQueries {

  private SampleQueries() {}

  /** Runs every sample query on {@code spark} and prints the results to {@code out}. */
  public static void run(SparkSession spark, PrintStream out) {
    planets(spark, out);
    orders(spark, out);
  }

  /** SQL only, so that any Spark Connect client (PySpark too) can send the same plans. */
  static void planets(SparkSession spark, PrintStream out) {
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW planets AS SELECT * FROM VALUES "
        + "('Mercury', 0.387, 0), ('Venus', 0.723, 0), ('Earth', 1.0, 1), ('Mars', 1.524, 2), "
        + "('Jupiter', 5.203, 95), ('Saturn', 9.537, 146) AS t(name, distance_au, moons)");
    DataFrame planets = spark.sql("SELECT * FROM planets");
    DataFrame moonsPerPlanet = spark.sql(
        "SELECT name, distance_au, moons, moons > 0 AS has_moons FROM planets ORDER BY moons DESC, name");

    out.println("Spark " + spark.version() + ", columns " + String.join(", ", planets.columns())
        + ", " + planets.count() + " rows:");
    out.print(moonsPerPlanet.showString(20, 20, false));

    List<Row> rows = spark.range(10_000).collectAsList();
    out.println("Collected " + rows.size() + " rows of range(10000); the last is " + rows.get(rows.size() - 1));
  }

  /** The DataFrame API on local data: aggregates, a window, dates, decimals and an error. */
  static void orders(SparkSession spark, PrintStream out) {
    DataFrame orders = orderTable(spark);

    out.println("Revenue by status:");
    out.print(orders.groupBy("status")
        .agg(count("*").alias("orders"), sum("amount").alias("revenue"))
        .orderBy("status")
        .showString(20, 20, false));

    out.println("Top customers:");
    out.print(orders.filter(col("status").notEqual("cancelled"))
        .groupBy("customer").agg(sum("amount").alias("spent"))
        .orderBy(col("spent").desc(), col("customer")).limit(3)
        .showString(20, 20, false));

    out.println("Revenue by month:");
    out.print(orders.withColumn("month", trunc(col("ordered_on"), "month"))
        .groupBy("month").agg(sum("amount").alias("revenue")).orderBy("month")
        .showString(20, 20, false));

    out.println("Orders above their customer's average:");
    out.print(orders.withColumn("customer_average", round(avg("amount").over(Window.partitionBy("customer")), 2))
        .filter(col("amount").gt(col("customer_average")))
        .select("order_id", "customer", "amount", "customer_average").orderBy("order_id")
        .showString(20, 20, false));

    try {
      orders.select("discount").collectAsList();
    } catch (AnalysisException e) {
      out.println("Selecting a column that does not exist fails with " + e.getCondition() + " (SQLSTATE "
          + e.getSqlState() + ")");
    }
  }

  /** A shop's orders as local data: ten orders of five customers, with amounts, statuses and dates. */
  public static DataFrame orderTable(SparkSession spark) {
    StructType schema = new StructType()
        .add("order_id", DataTypes.IntegerType, false)
        .add("customer", DataTypes.StringType)
        .add("status", DataTypes.StringType)
        .add("amount", DataTypes.createDecimalType(10, 2))
        .add("ordered_on", DataTypes.DateType);
    List<Row> rows = List.of(
        order(1001, "ada", "shipped", "129.90", "2026-01-04"),
        order(1002, "grace", "shipped", "34.50", "2026-01-09"),
        order(1003, "alan", "cancelled", "250.00", "2026-01-15"),
        order(1004, "ada", "delivered", "18.75", "2026-02-02"),
        order(1005, "edsger", "delivered", "99.99", "2026-02-11"),
        order(1006, "grace", "shipped", "410.00", "2026-02-20"),
        order(1007, "barbara", "pending", "12.00", "2026-03-01"),
        order(1008, "alan", "delivered", "75.25", "2026-03-03"),
        order(1009, "ada", "pending", "64.10", "2026-03-18"),
        order(1010, "edsger", "shipped", "5.00", "2026-03-29"));
    return spark.createDataFrame(rows, schema);
  }

  private static Row order(int id, String customer, String status, String amount, String day) {
    return Row.of(id, customer, status, new BigDecimal(amount), LocalDate.parse(day));
  }
}
