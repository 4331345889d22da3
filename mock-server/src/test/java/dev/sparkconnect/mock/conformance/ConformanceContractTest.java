package dev.sparkconnect.mock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import dev.sparkconnect.mock.record.RecordingProxy;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.mock.verify.FixtureComparison;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance cases hold for a real Spark 4.2.0 server, so they say what Spark does and not
 * what we wish it did; the recordings the mock is judged from ({@link MockConformanceTest}) are
 * what the server answers today.
 *
 * <p>The run goes through the recording proxy, which proves the proxy changes nothing a client can
 * see. To record the mock's answers again (after adding a case), run this test with
 * {@code -Dspark.connect.conformance.recordTo=mock-server/src/test/resources/spark-connect/conformance}
 * (an absolute path, or relative to the module) and commit the folder.
 */
@Tag("real-server")
class ConformanceContractTest {

  @Test
  void aRealSparkServerPassesEveryCaseThroughTheRecordingProxy(@TempDir Path scratch) {
    String recordTo = System.getProperty("spark.connect.conformance.recordTo");
    Path folder = recordTo == null || recordTo.isBlank() ? scratch : Path.of(recordTo);
    ConformanceReport report;
    try (RecordingProxy proxy = RecordingProxy.builder().target(LocalSparkConnectServer.shared().remote())
        .recordTo(folder).start()) {
      report = ConformanceRunner.builder().target(proxy.remote()).progress(System.out::println).build().run();
      assertThat(proxy.failures()).as("interactions the proxy could not record").isEmpty();
      // One question has two true answers, by session: the proxy keeps both, in order, and says so.
      assertThat(proxy.conflicts()).as("plans answered two ways").singleElement().asString()
          .contains("TABLE_OR_VIEW_NOT_FOUND");
    }
    System.out.println(report.byArea());
    assertThat(report.failures()).as(report.toString()).isEmpty();
    assertThat(report.count(CaseResult.Outcome.SKIPPED)).as(report.toString()).isZero();
    assertThat(report.results()).hasSize(ConformanceRunner.cases().size());
    if (folder == scratch) {
      assertTheMocksRecordingsAreStillTrue(FixtureStore.load(scratch));
    }
  }

  /**
   * The recordings the mock is judged from are what the server answers today: the same questions,
   * answered the same way (timings and metrics aside). Recorded in the cases' own order and
   * sessions, so that answers that hang on a session's state (a view, a setting) compare too.
   */
  private static void assertTheMocksRecordingsAreStillTrue(FixtureStore fresh) {
    FixtureStore committed = FixtureStore.load(MockConformanceTest.recordings());
    assertThat(committed.all()).extracting(Fixture::name).as("the fixtures recorded now and the committed ones")
        .containsExactlyInAnyOrderElementsOf(fresh.all().stream().map(Fixture::name).toList());
    for (Fixture recorded : committed.all()) {
      Fixture now = fresh.find(recorded.key()).orElseThrow();
      assertThat(FixtureComparison.differences(recorded, now)).as(recorded.name()).isEmpty();
    }
  }
}
