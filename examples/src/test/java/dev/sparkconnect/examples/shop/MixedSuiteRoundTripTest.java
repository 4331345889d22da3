package dev.sparkconnect.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What a user does with a suite that mixes recorded, stubbed and fault tests: record the whole of
 * it from a real server ({@code -Dspark.connect.mode=RECORD}), then replay it. Both runs pass
 * whole; the fault tests break a real server's stream in the first and the mock's in the second;
 * the stubbed test runs on the mock both times and records nothing.
 */
@Tag("real-server")
class MixedSuiteRoundTripTest {

  @TempDir
  Path fixtures;

  private EngineExecutionResults run(String mode) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter("spark.connect.fixtures", fixtures.toString())
        .configurationParameter("spark.connect.mode", mode)
        .configurationParameter("spark.connect.backend", "LOCAL")
        .selectors(selectClass(CustomerReportsTest.class))
        .execute();
  }

  @Test
  void theWholeSuiteRecordsFromARealServerThenReplays() throws IOException {
    run("RECORD").testEvents().assertStatistics(stats -> stats.started(5).succeeded(5).failed(0));
    Path suite = fixtures.resolve(CustomerReportsTest.class.getName());

    assertThat(children(suite)).containsExactlyInAnyOrder("revenueByCountryLeavesCancelledOrdersOut",
        "eachCustomersLargestOrder", "aResultStreamCutAfterItsFirstAnswerLosesNoRow",
        "aServerUnavailableForAMomentIsRetried");

    run("REPLAY").testEvents().assertStatistics(stats -> stats.started(5).succeeded(5).failed(0));
    run("LIVE").testEvents().assertStatistics(stats -> stats.started(5).succeeded(5).failed(0));
  }

  private static java.util.List<String> children(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(path -> path.getFileName().toString()).toList();
    }
  }
}
