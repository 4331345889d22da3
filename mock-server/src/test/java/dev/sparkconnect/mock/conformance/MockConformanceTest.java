package dev.sparkconnect.mock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.mock.MockSparkConnectServer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The mock server, serving what a real Spark 4.2.0 answered to the conformance cases, is held to
 * the same cases as the real server: what it claims about sessions, configuration, operations and
 * errors it must do itself, and recorded answers must reach the client unchanged.
 */
class MockConformanceTest {

  static Path recordings() {
    try {
      return Path.of(MockConformanceTest.class.getResource("/spark-connect/conformance").toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("the conformance recordings are missing from the test resources", e);
    }
  }

  @Test
  void theMockPassesTheConformanceCasesFromRecordings() {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder()
        .fixtures(FixtureStore.load(recordings())).start()) {
      ConformanceReport report = ConformanceRunner.builder().target(server.remote()).build().run();
      System.out.println(report);
      // A view one session made and another lacks: the same plan, answered first with rows and then
      // with TABLE_OR_VIEW_NOT_FOUND, is replayed in the order it was asked.
      assertThat(report.failedIds()).as(report.toString()).isEmpty();
      assertThat(report.count(CaseResult.Outcome.SKIPPED)).as(report.toString()).isZero();
      assertThat(report.results()).hasSize(ConformanceRunner.cases().size());
    }
  }

  @Test
  void aWrongAnswerFailsItsCaseSayingWhatCameInstead() {
    try (MockSparkConnectServer server = MockSparkConnectServer.builder()
        .fixtures(FixtureStore.load(recordings())).start()) {
      server.stub(Plans.range(0, 5)).returns("id BIGINT NOT NULL", new Object[] {0L}, new Object[] {1L},
          new Object[] {2L}, new Object[] {3L}, new Object[] {5L});
      ConformanceReport report = ConformanceRunner.builder().target(server.remote()).only("execution").build().run();
      assertThat(report.failures()).singleElement().satisfies(failure -> {
        assertThat(failure.id()).isEqualTo("execution/range");
        assertThat(failure.detail()).isEqualTo("the rows: expected [0, 1, 2, 3, 4] but got [0, 1, 2, 3, 5]");
      });
      assertThat(report.passed()).isFalse();
    }
  }

  @Test
  void anOlderEndpointSkipsTheCasesOfNewerBehaviourAndSaysWhy() {
    // Without the recorded spark_version answer (a recording's version wins), the mock is the version it is told.
    FixtureStore withoutVersion = FixtureStore.empty();
    FixtureStore.load(recordings()).all().stream().filter(fixture -> !fixture.name().startsWith("analyze-spark-version-"))
        .forEach(withoutVersion::add);
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().sparkVersion("3.5.5")
        .fixtures(withoutVersion).start()) {
      ConformanceReport report = ConformanceRunner.builder().target(server.remote()).only("session", "error/divide-by-zero")
          .build().run();
      assertThat(report.sparkVersion()).isEqualTo("3.5.5");
      assertThat(report.with(CaseResult.Outcome.SKIPPED)).extracting(CaseResult::id).containsExactly(
          "session/malformed-session-id-refused", "session/released-session-closed",
          "session/release-of-unknown-session", "session/changed-server-side-session-refused",
          "session/clone-session", "error/divide-by-zero");
      assertThat(report.with(CaseResult.Outcome.SKIPPED)).extracting(CaseResult::detail)
          .contains("Spark 4.1.0 behaviour; the endpoint is 3.5.5");
      assertThat(report.summary()).endsWith("(Spark 3.5.5): 3 passed, 0 failed, 6 skipped");
    }
  }
}
