package dev.sparkconnect.examples.streaming;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The streaming example's recordings still tell the truth about Spark: {@link ClickCountsTest}
 * passes in VERIFY mode, every answer of a real local server (its queries' ids made stable as the
 * recordings have them, later answers matched in the order asked) compared with its fixture.
 */
@Tag("real-server")
class ClickCountsContractTest {

  @Test
  void verifiesAgainstALocalSparkServer() {
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter("spark.connect.mode", "VERIFY")
        .configurationParameter("spark.connect.backend", "LOCAL")
        .selectors(selectClass(ClickCountsTest.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
  }
}
