package dev.sparkconnect.examples.shop;

import static dev.sparkconnect.junit.SparkAssertions.assertThat;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.junit.SparkConnectTest;
import dev.sparkconnect.mock.Fault;
import dev.sparkconnect.mock.FaultableServer;
import dev.sparkconnect.mock.MockSparkConnectServer;
import java.math.BigDecimal;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A suite that mixes the three kinds of test a real one has, and records and replays as a whole:
 *
 * <ul>
 *   <li><b>recorded</b> tests replay the answers a real Spark server gave (committed under
 *       {@code src/test/resources/spark-connect/});
 *   <li>a <b>stubbed</b> test takes the {@link MockSparkConnectServer} and answers a query that
 *       only production can run from code: it runs on the mock in every mode;
 *   <li><b>fault</b> tests take a {@link FaultableServer} and break the stream on purpose: on the
 *       mock in REPLAY, on the real server (through the recording proxy) in RECORD, VERIFY and LIVE.
 * </ul>
 *
 * <pre>
 * mvn test -pl examples -Dtest=CustomerReportsTest                                   # replay (default)
 * mvn test -pl examples -Dtest=CustomerReportsTest -Dspark.connect.mode=RECORD -Dspark.connect.backend=LOCAL
 * </pre>
 */
@SparkConnectTest
class CustomerReportsTest {

  @Test
  void revenueByCountryLeavesCancelledOrdersOut(SparkSession spark) {
    assertThat(new CustomerReports(spark).revenueByCountry())
        .hasSchema("country STRING NOT NULL, orders BIGINT NOT NULL, revenue DECIMAL(20,2)")
        .containsExactlyRows(
            Row.of("US", 3L, new BigDecimal("456.50")),
            Row.of("UK", 4L, new BigDecimal("288.00")),
            Row.of("NL", 2L, new BigDecimal("104.99")));
  }

  @Test
  void eachCustomersLargestOrder(SparkSession spark) {
    assertThat(new CustomerReports(spark).largestOrderPerCustomer()).containsExactlyRows(
        Row.of("ada", 1001, new BigDecimal("129.90")),
        Row.of("alan", 1003, new BigDecimal("250.00")),
        Row.of("barbara", 1007, new BigDecimal("12.00")),
        Row.of("edsger", 1005, new BigDecimal("99.99")),
        Row.of("grace", 1006, new BigDecimal("410.00")));
  }

  @Test
  void loyaltyPointsComeFromProductionsCrm(SparkSession spark, MockSparkConnectServer server) {
    CustomerReports reports = new CustomerReports(spark);
    server.stub(reports.loyaltyQuery("ada").plan()).returns("points BIGINT", new Object[] {1200L});

    Assertions.assertThat(reports.loyaltyPoints("ada")).isEqualTo(1200L);
  }

  @Test
  void aResultStreamCutAfterItsFirstAnswerLosesNoRow(SparkSession spark, FaultableServer server) {
    server.inject(Fault.endStream().afterResponses(1));

    assertThat(new CustomerReports(spark).ordersWithCountry()).ignoringRowOrder().hasRowCount(10);
    Assertions.assertThat(server.journal().reattachCount()).isEqualTo(1);
  }

  @Test
  void aServerUnavailableForAMomentIsRetried(SparkSession spark, FaultableServer server) {
    server.inject(Fault.unavailable().afterResponses(1));

    assertThat(new CustomerReports(spark).largestOrderPerCustomer()).hasRowCount(5);
    Assertions.assertThat(server.journal().reattachCount()).isEqualTo(1);
  }
}
