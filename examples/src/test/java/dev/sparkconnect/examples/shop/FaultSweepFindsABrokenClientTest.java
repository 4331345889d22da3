package dev.sparkconnect.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.proto.ExecutePlanResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The proof that {@code @FaultSweep} finds the bug it is for: a client deliberately broken to
 * reattach from the start of the result (a switch for tests only) repeats rows whenever a stream
 * breaks after rows arrived. The sweep of {@link CustomerReportsSweepTest} must fail at exactly
 * those runs, and pass every run with the client as it is.
 */
class FaultSweepFindsABrokenClientTest {

  private static final String RESUME_FROM_START = "dev.sparkconnect.testing.resumeFromStart";
  private static final String KINDS_DEFAULT = "UNAVAILABLE,INVALID_CURSOR_DISCONNECTED,END_OF_STREAM,EMPTY_ROTATION,"
      + "RETRY_INFO,DROPPED_CONNECTION";

  @TempDir
  Path reports;

  private EngineExecutionResults sweep() {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter("spark.connect.sweepReports", reports.toString())
        .selectors(selectClass(CustomerReportsSweepTest.class))
        .execute();
  }

  @Test
  void theSweepFailsExactlyWhereABrokenClientRepeatsRowsAndNowhereWithTheRealOne() {
    List<String> expected = runsAfterRowsArrived();
    assertThat(expected).as("runs that break a stream after rows arrived").isNotEmpty();

    System.setProperty(RESUME_FROM_START, "true");
    EngineExecutionResults broken;
    try {
      broken = sweep();
    } finally {
      System.clearProperty(RESUME_FROM_START);
    }
    EngineExecutionResults whole = sweep();

    assertThat(broken.testEvents().failed().stream().map(FaultSweepFindsABrokenClientTest::name).toList())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(broken.testEvents().succeeded().count()).isPositive();
    whole.testEvents().assertStatistics(stats -> stats.failed(0).succeeded(broken.testEvents().started().count()));
  }

  /** The runs whose break comes after an Arrow batch of their execution was sent. */
  private static List<String> runsAfterRowsArrived() {
    Path recordings = Path.of("src/test/resources/spark-connect", CustomerReportsSweepTest.class.getName(),
        "revenueByCountrySurvivesEveryBreak");
    List<String> runs = new ArrayList<>();
    for (Fixture execution : FixtureStore.load(recordings).all()) {
      if (execution.rpc() != Fixture.Rpc.EXECUTE_PLAN || execution.error().isPresent()) {
        continue;
      }
      List<ExecutePlanResponse> responses = execution.responses();
      for (int position = 0; position < responses.size(); position++) {
        boolean rowsArrived = responses.subList(0, position).stream().anyMatch(ExecutePlanResponse::hasArrowBatch);
        if (rowsArrived) {
          for (String kind : KINDS_DEFAULT.split(",")) {
            runs.add(kind + " after response " + position + " of " + execution.name());
          }
        }
      }
    }
    return runs;
  }

  private static String name(Event event) {
    return event.getTestDescriptor().getDisplayName();
  }
}
