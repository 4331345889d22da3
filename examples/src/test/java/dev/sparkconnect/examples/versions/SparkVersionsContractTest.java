package dev.sparkconnect.examples.versions;

import static dev.sparkconnect.junit.SparkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.client.errors.SparkArithmeticException;
import dev.sparkconnect.junit.SparkConnectTest;
import dev.sparkconnect.junit.SparkVersions;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The version matrix against real servers: {@link AnsiDefaultsAcrossVersionsTest}'s recordings,
 * and the SQL golden files', still tell the truth on the oldest and the newest Spark they run on,
 * and a comparison of two live backends, with no fixtures at all, holds their differences to the
 * same ledger.
 */
@Tag("real-server")
class SparkVersionsContractTest {

  @Test
  void theRecordingsOfTheOldestAndNewestVersionsStillHold() {
    Events events = EngineTestKit.engine("junit-jupiter")
        .configurationParameter("spark.connect.mode", "VERIFY")
        .configurationParameter("spark.connect.backend", "LOCAL")
        .configurationParameter("spark.connect.sparkVersions", "3.5.5,4.2.0")
        .selectors(selectClass(AnsiDefaultsAcrossVersionsTest.class))
        .execute().testEvents();
    assertThat(failures(events)).isEmpty();
    events.assertStatistics(stats -> stats.started(6).succeeded(6).failed(0));
  }

  @Test
  void theGoldenQueriesStillHoldOnBothVersions() {
    Events events = EngineTestKit.engine("junit-jupiter")
        .configurationParameter("spark.connect.mode", "VERIFY")
        .configurationParameter("spark.connect.backend", "LOCAL")
        .selectors(selectClass("dev.sparkconnect.examples.golden.ShopQueriesGoldenTest"))
        .execute().testEvents();
    assertThat(failures(events)).isEmpty();
    events.assertStatistics(stats -> stats.started(6).succeeded(6).failed(0));
  }

  /**
   * A comparison of a LOCAL Spark 4.2.0 with another endpoint, here a Spark 3.5.5 standing in
   * for another engine or a vendor's service; the ledger lists how they differ under
   * {@code version: external}.
   */
  @SparkConnectTest
  static class AgainstAnotherEngine {
    @SparkVersions({"4.2.0", "external"})
    void divisionByZero(SparkSession spark) {
      DataFrame ratio = spark.sql("SELECT 10 / 0 AS ratio");
      if (spark.version().startsWith("3.")) {
        assertThat(ratio).containsExactlyRows(Row.of((Object) null));
      } else {
        assertThatThrownBy(ratio::collectAsList).isInstanceOf(SparkArithmeticException.class);
      }
    }
  }

  @Test
  void twoLiveBackendsAreComparedAnswerByAnswer() {
    String other = LocalSparkConnectServer.builder().sparkVersion("3.5.5").shared().remote();
    Events events = EngineTestKit.engine("junit-jupiter")
        .configurationParameter("spark.connect.mode", "LIVE")
        .configurationParameter("spark.connect.backend", "LOCAL")
        .configurationParameter("spark.connect.remote", other)
        .selectors(selectClass(AgainstAnotherEngine.class))
        .execute().testEvents();
    assertThat(failures(events)).isEmpty();
    events.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
  }

  private static java.util.List<String> failures(Events events) {
    return events.failed().stream().map(event -> event.getTestDescriptor().getDisplayName() + ": "
        + event.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::toString).orElse(""))
        .toList();
  }
}
