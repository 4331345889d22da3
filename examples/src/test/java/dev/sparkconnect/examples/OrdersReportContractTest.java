package dev.sparkconnect.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sparkconnect.junit.containers.ContainerEngine;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The example test class's recordings still tell the truth about Spark: it passes in VERIFY mode
 * (every answer compared with its fixture) against a local Spark server and against Spark in a
 * container, and in LIVE mode on both.
 */
@Tag("real-server")
class OrdersReportContractTest {

  private static void runs(String mode, String backend) {
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter("spark.connect.mode", mode)
        .configurationParameter("spark.connect.backend", backend)
        .selectors(selectClass(OrdersReportTest.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
  }

  @Test
  void verifiesAgainstALocalSparkServer() {
    runs("VERIFY", "LOCAL");
  }

  @Test
  @Tag("container")
  void verifiesAgainstSparkInAContainer() {
    Optional<String> unavailable = ContainerEngine.unavailableReason();
    assumeTrue(unavailable.isEmpty(), () -> "skipped: " + unavailable.orElse(""));
    runs("VERIFY", "TESTCONTAINERS");
    runs("LIVE", "TESTCONTAINERS");
  }
}
