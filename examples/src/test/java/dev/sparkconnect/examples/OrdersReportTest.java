package dev.sparkconnect.examples;

import static dev.sparkconnect.client.functions.col;
import static dev.sparkconnect.client.functions.count;
import static dev.sparkconnect.client.functions.sum;
import static dev.sparkconnect.junit.SparkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.AnalysisException;
import dev.sparkconnect.junit.SparkConnectTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A test class to copy: a report over a shop's orders, tested with {@code @SparkConnectTest}.
 *
 * <p>By default it replays the fixtures committed under {@code src/test/resources/spark-connect/}
 * (no Spark, well under a second). Record them again after changing a query, and check them
 * against a real server, without touching the code:
 *
 * <pre>
 * mvn test -pl examples -Dtest=OrdersReportTest -Dspark.connect.mode=RECORD
 * mvn test -pl examples -Dtest=OrdersReportTest -Dspark.connect.mode=VERIFY -Dspark.connect.backend=LOCAL
 * </pre>
 */
@SparkConnectTest
class OrdersReportTest {

  @Test
  void revenueByStatus(SparkSession spark) {
    DataFrame revenue = SampleQueries.orderTable(spark)
        .groupBy("status")
        .agg(count("*").alias("orders"), sum("amount").alias("revenue"));

    assertThat(revenue)
        .hasSchema("status STRING, orders BIGINT NOT NULL, revenue DECIMAL(20,2)")
        .ignoringRowOrder()
        .containsExactlyRows(
            Row.of("cancelled", 1L, new BigDecimal("250.00")),
            Row.of("delivered", 3L, new BigDecimal("193.99")),
            Row.of("pending", 2L, new BigDecimal("76.10")),
            Row.of("shipped", 4L, new BigDecimal("579.40")));
  }

  @Test
  void bestCustomersExcludeCancelledOrders(SparkSession spark) {
    DataFrame best = SampleQueries.orderTable(spark)
        .filter(col("status").notEqual("cancelled"))
        .groupBy("customer").agg(sum("amount").alias("spent"))
        .orderBy(col("spent").desc())
        .limit(2);

    assertThat(best).containsExactlyRows(
        Row.of("grace", new BigDecimal("444.50")),
        Row.of("ada", new BigDecimal("212.75")));
  }

  @Test
  void aColumnThatDoesNotExistIsAnAnalysisError(SparkSession spark) {
    DataFrame orders = SampleQueries.orderTable(spark);

    assertThatThrownBy(() -> orders.select("discount").collectAsList())
        .isInstanceOf(AnalysisException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((AnalysisException) e).getCondition())
            .isEqualTo("UNRESOLVED_COLUMN.WITH_SUGGESTION"));
  }
}
