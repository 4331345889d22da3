package dev.sparkconnect.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sparkconnect.client.DataFrame;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureWriter;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.mock.record.RecordingProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * {@link SparkVersions} on recorded answers: each version replays its own, a difference from the
 * reference passes only when the ledger lists it, and a listed difference that no longer happens
 * fails as surely as an unlisted one.
 */
class SparkVersionsTest {

  /** A test whose answer the fixtures below make differ between Spark 4.1.2 and 4.2.0. */
  @SparkConnectTest
  static class DoublesNumbers {
    static final List<String> VERSIONS_SEEN = new ArrayList<>();

    @SparkVersions({"4.1.2", "4.2.0"})
    void doubles(SparkSession spark) {
      VERSIONS_SEEN.add(spark.version());
      query(spark).collectAsList();
    }
  }

  static DataFrame query(SparkSession spark) {
    return spark.range(3).selectExpr("id * 2 AS twice");
  }

  @TempDir
  Path root;
  private Path testFolder;

  @BeforeEach
  void recordAnswers() {
    testFolder = root.resolve(DoublesNumbers.class.getName().replace('$', '.')).resolve("doubles");
    FixtureWriter.write(testFolder, answer(0L, 2L, 4L));
    FixtureWriter.write(testFolder.resolve("@spark-4.1.2"), answer(0L, 2L, 5L));
    DoublesNumbers.VERSIONS_SEEN.clear();
  }

  /** The answer a server gives {@link #query} when it returns {@code values}, recorded as the proxy records. */
  private static Fixture answer(Object... values) {
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder().start();
        RecordingProxy proxy = RecordingProxy.builder().target(mock.remote()).start();
        SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      DataFrame query = query(spark);
      Object[][] rows = new Object[values.length][];
      for (int i = 0; i < values.length; i++) {
        rows[i] = new Object[] {values[i]};
      }
      mock.stub(query.plan()).returns("twice BIGINT", rows);
      query.collectAsList();
      return proxy.recorded().stream().filter(fixture -> fixture.rpc() == Fixture.Rpc.EXECUTE_PLAN).findFirst()
          .orElseThrow();
    }
  }

  private EngineExecutionResults run(String ledger, Map<String, String> configuration) throws IOException {
    if (ledger != null) {
      Files.writeString(root.resolve("deviations.yaml"), ledger);
    }
    var kit = EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ExtensionSettings.FIXTURES, root.toString())
        .configurationParameter(ExtensionSettings.MODE, "REPLAY");
    configuration.forEach(kit::configurationParameter);
    return kit.selectors(selectClass(DoublesNumbers.class)).execute();
  }

  private static Map<String, String> failures(EngineExecutionResults results) {
    return results.testEvents().failed().stream().collect(Collectors.toMap(
        event -> event.getTestDescriptor().getDisplayName(),
        SparkVersionsTest::message));
  }

  private static String message(Event event) {
    return event.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage).orElse("");
  }

  private static final String LISTED = """
      # why the servers differ
      - test: DoublesNumbers.doubles
        version: 4.1.2
        difference: "row 2 column twice: 4 | 5"
        reason: the fixture of 4.1.2 was made to differ
      """;

  @Test
  void eachVersionReplaysItsOwnAnswersAndAListedDifferencePasses() throws IOException {
    EngineExecutionResults results = run(LISTED, Map.of());

    assertThat(failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(results.testEvents().started().stream().map(event -> event.getTestDescriptor().getDisplayName()))
        .as("the reference runs first").containsExactly("Spark 4.2.0 (reference)", "Spark 4.1.2");
    assertThat(DoublesNumbers.VERSIONS_SEEN).as("each run's mock reports its version").containsExactly("4.2.0", "4.1.2");
  }

  @Test
  void aDifferenceTheLedgerDoesNotListFailsAndShowsTheEntryToAdd() throws IOException {
    EngineExecutionResults results = run(null, Map.of());

    Map<String, String> failures = failures(results);
    assertThat(failures).containsOnlyKeys("Spark 4.1.2");
    assertThat(failures.get("Spark 4.1.2"))
        .contains("Spark 4.1.2 answers SparkVersionsTest.DoublesNumbers.doubles differently from Spark 4.2.0 in 1 way")
        .contains("row 2 column twice: 4 | 5")
        .contains("- test: SparkVersionsTest.DoublesNumbers.doubles\n  version: \"4.1.2\"");
  }

  @Test
  void aListedDifferenceThatNoLongerHappensFails() throws IOException {
    // 4.1.2 now answers as 4.2.0 does: the boundary moved.
    FixtureWriter.write(testFolder.resolve("@spark-4.1.2"), answer(0L, 2L, 4L));

    Map<String, String> failures = failures(run(LISTED, Map.of()));

    assertThat(failures).containsOnlyKeys("Spark 4.1.2");
    assertThat(failures.get("Spark 4.1.2")).contains("An entry of the deviation ledger")
        .contains("no longer happens").contains("line 2: DoublesNumbers.doubles on 4.1.2")
        .doesNotContain("does not list");
  }

  @Test
  void anEntryWhoseDifferenceIsWrongFailsBothWays() throws IOException {
    String wrong = LISTED.replace("4 | 5", "4 | 6");

    String failure = failures(run(wrong, Map.of())).get("Spark 4.1.2");

    assertThat(failure).contains("does not list").contains("row 2 column twice: 4 | 5").contains("no longer happens");
  }

  @Test
  void aVersionNeverRecordedIsNotReplayedFromTheReferencesAnswers() throws IOException {
    Files.walk(testFolder.resolve("@spark-4.1.2")).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());

    String failure = failures(run(LISTED, Map.of())).get("Spark 4.1.2");

    assertThat(failure).contains("Spark 4.1.2's answers to this test were never recorded")
        .contains("-Dspark.connect.mode=RECORD_MISSING -Dspark.connect.sparkVersions=4.1.2");
  }

  @Test
  void aConfiguredSubsetRunsOnlyThoseVersions() throws IOException {
    EngineExecutionResults results = run(LISTED, Map.of(VersionMatrixExtension.SUBSET, "4.1.2"));

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(DoublesNumbers.VERSIONS_SEEN).containsExactly("4.1.2");

    EngineExecutionResults none = run(LISTED, Map.of(VersionMatrixExtension.SUBSET, "3.5.5"));
    none.testEvents().assertStatistics(stats -> stats.started(0).skipped(1));
  }

  @Test
  void aLedgerThatDoesNotParseSaysWhereAndWhy() throws IOException {
    String failure = failures(run(LISTED.replace("reason:", "because:"), Map.of())).get("Spark 4.1.2");

    assertThat(failure).contains("deviations.yaml, line 5: unknown key \"because\"; an entry has [test, version, query, difference, reason]");
  }

  @Test
  void aVersionsAnswersWithoutTheReferencesAreNotReplayedUnchecked() throws IOException {
    try (var files = Files.list(testFolder)) {
      for (Path fixture : files.filter(path -> !path.getFileName().toString().startsWith("@")).toList()) {
        try (var walk = Files.walk(fixture)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    }

    String failure = failures(run(LISTED, Map.of())).get("Spark 4.1.2");

    assertThat(failure).contains("Spark 4.2.0's answers to DoublesNumbers.doubles are not recorded")
        .contains("-Dspark.connect.sparkVersions=4.2.0");
  }
}
