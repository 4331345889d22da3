package dev.sparkconnect.examples.shop;

import static dev.sparkconnect.junit.SparkAssertions.assertThat;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.junit.FaultSweep;
import dev.sparkconnect.junit.SparkConnectTest;
import java.math.BigDecimal;

/**
 * The report with a join, a filter and an aggregate, broken at every position of every one of its
 * result streams, in every way a client must survive: each run must still see every row once. The
 * picture of the sweep is in {@code target/fault-sweeps/}.
 *
 * <pre>
 * mvn test -pl examples -Dtest=CustomerReportsSweepTest                      # the sweep, on the recordings
 * mvn test -pl examples -Dtest=CustomerReportsSweepTest -Dspark.connect.mode=LIVE -Dspark.connect.backend=LOCAL
 * </pre>
 */
@SparkConnectTest
class CustomerReportsSweepTest {

  @FaultSweep
  void revenueByCountrySurvivesEveryBreak(SparkSession spark) {
    assertThat(new CustomerReports(spark).revenueByCountry()).containsExactlyRows(
        Row.of("US", 3L, new BigDecimal("456.50")),
        Row.of("UK", 4L, new BigDecimal("288.00")),
        Row.of("NL", 2L, new BigDecimal("104.99")));
  }
}
