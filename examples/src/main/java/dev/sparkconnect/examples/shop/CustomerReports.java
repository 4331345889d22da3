package dev.sparkconnect.examples.shop;

import static dev.sparkconnect.client.functions.col;
import static dev.sparkconnect.client.functions.count;
import static dev.sparkconnect.client.functions.row_number;
import static dev.sparkconnect.client.functions.sum;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.Window;
import dev.sparkconnect.examples.SampleQueries;
import java.util.List;

/**
 * A small service of the kind this toolkit is for: reports over a shop's orders and customers,
 * with a join, a window and an aggregate, plus one lookup in a table that only production has.
 * {@code CustomerReportsTest} tests it with recordings, a stub and faults in one suite.
 */
public final class CustomerReports {

  private final SparkSession spark;

  /** Reports that run their queries on {@code spark}. */
  public CustomerReports(SparkSession spark) {
    this.spark = spark;
  }

  /** Orders with their customer's country: an inner join of the two tables on the customer's name. */
  public DataFrame ordersWithCountry() {
    return orders().join(customers(), "customer").select("order_id", "customer", "country", "status", "amount");
  }

  /** Revenue and order count per country, cancelled orders left out, biggest revenue first. */
  public DataFrame revenueByCountry() {
    return ordersWithCountry()
        .filter(col("status").notEqual("cancelled"))
        .groupBy("country")
        .agg(count("*").alias("orders"), sum("amount").alias("revenue"))
        .orderBy(col("revenue").desc());
  }

  /** Each customer's largest order, found with a window over the customer's orders. */
  public DataFrame largestOrderPerCustomer() {
    return orders()
        .withColumn("rank", row_number().over(Window.partitionBy("customer").orderBy(col("amount").desc())))
        .filter(col("rank").equalTo(1))
        .select("customer", "order_id", "amount")
        .orderBy("customer");
  }

  /**
   * The loyalty points of a customer, from {@code crm.loyalty}: a table that exists only on the
   * production cluster, so tests answer this query with a stub.
   */
  public long loyaltyPoints(String customer) {
    List<Row> rows = loyaltyQuery(customer).collectAsList();
    return rows.isEmpty() ? 0 : rows.get(0).getLong(0);
  }

  /** The query behind {@link #loyaltyPoints}; building it sends nothing. */
  public DataFrame loyaltyQuery(String customer) {
    return spark.table("crm.loyalty").filter(col("customer").equalTo(customer)).select("points");
  }

  /** The shop's orders: the sample data the other examples use too. */
  DataFrame orders() {
    return SampleQueries.orderTable(spark);
  }

  DataFrame customers() {
    return spark.sql("SELECT * FROM VALUES ('ada', 'UK'), ('grace', 'US'), ('alan', 'UK'), ('edsger', 'NL'),"
        + " ('barbara', 'US') AS customers(customer, country)");
  }
}
