package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.localserver.LocalSparkConnectServer;
import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.mock.record.RecordingProxy;
import dev.sparkconnect.mock.verify.Difference;
import dev.sparkconnect.mock.verify.FixtureCheck;
import dev.sparkconnect.mock.verify.FixtureVerifier;
import dev.sparkconnect.mock.verify.VerifyReport;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.RelationCommon;
import java.util.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query suite, recorded from a real Spark server through the recording proxy, replays through
 * the mock server with the same outcome: same schemas, same rows, same errors. Recording twice
 * gives byte-identical fixtures.
 */
@Tag("real-server")
class RecordAndReplayContractTest {

  @TempDir
  static Path recordings;

  private static Map<String, String> live;

  @BeforeAll
  static void recordTheSuiteFromARealServer() {
    live = recordInto(recordings);
  }

  private static Map<String, String> recordInto(Path folder) {
    try (RecordingProxy proxy = RecordingProxy.builder()
            .target(LocalSparkConnectServer.shared().remote())
            .recordTo(folder)
            .start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      spark.conf().set("spark.sql.session.timeZone", "UTC");
      Map<String, String> outcomes = QuerySuite.run(spark);
      assertThat(proxy.failures()).as("interactions the proxy could not record").isEmpty();
      return outcomes;
    }
  }

  @Test
  void theLiveOutcomesAreRealResultsAndErrors() {
    assertThat(live.get("range")).endsWith("\n[9]");
    assertThat(live.get("multi-batch")).isEqualTo("100000 rows, sum 4999950000");
    assertThat(live.get("missing table")).startsWith("fails: AnalysisException TABLE_OR_VIEW_NOT_FOUND");
    assertThat(live.get("parse error")).startsWith("fails: ParseException PARSE_SYNTAX_ERROR");
    assertThat(live.get("divide by zero")).startsWith("fails: SparkArithmeticException DIVIDE_BY_ZERO");
  }

  @Test
  void anErrorRecordedThroughTheProxyKeepsItsDetailsForTheClientAndTheFixture(@TempDir Path folder) {
    try (RecordingProxy proxy = RecordingProxy.builder()
            .target(LocalSparkConnectServer.shared().remote()).recordTo(folder).start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> spark.sql("SELECT 1 / 0 AS boom").collectAsList())
          .isInstanceOf(dev.sparkconnect.client.errors.SparkException.class)
          .satisfies(e -> assertThat(((dev.sparkconnect.client.errors.SparkException) e).getServerStackTrace())
              .as("the server's stack trace, from the details the proxy fetched while recording").isNotEmpty());
      assertThat(proxy.recorded()).anySatisfy(fixture ->
          assertThat(fixture.error()).hasValueSatisfying(error -> assertThat(error.details()).isPresent()));
    }
  }

  @Test
  void faultsOnTheProxyBreakALiveStreamAndTheRecordingIsStillWhole(@TempDir Path folder) {
    try (RecordingProxy proxy = RecordingProxy.builder()
            .target(LocalSparkConnectServer.shared().remote()).recordTo(folder).start();
         SparkSession spark = SparkSession.builder().remote(proxy.remote()).create()) {
      proxy.inject(Fault.unavailable().afterResponses(2));
      proxy.inject(Fault.endStream().onRpc("ReattachExecute").afterResponses(1));

      List<dev.sparkconnect.client.Row> rows = spark.range(0, 50_000, 1, 4).collectAsList();

      assertThat(proxy.pendingFaults()).as("both faults fired").isEmpty();
      assertThat(rows).hasSize(50_000);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).getLong(0)).isEqualTo(i);
      }
      Fixture recorded = proxy.recorded().stream().filter(f -> f.name().startsWith("execute-range-")).findFirst()
          .orElseThrow();
      long recordedRows = recorded.responses().stream().filter(ExecutePlanResponse::hasArrowBatch)
          .mapToLong(response -> response.getArrowBatch().getRowCount()).sum();
      assertThat(recordedRows).isEqualTo(50_000);
      assertThat(recorded.error()).isEmpty();
    }
  }

  /**
   * In front of a real server too, a client breaks its own streams by header and through the
   * faulty network: the real server's answers reach the client whole, and the recording too.
   */
  @Test
  void headerFaultsAndNetworkFaultsOnTheProxyBreakALiveStreamAndLoseNoRow(@TempDir Path folder) {
    try (RecordingProxy proxy = RecordingProxy.builder().networkFaults()
            .target(LocalSparkConnectServer.shared().remote()).recordTo(folder).start();
         SparkSession spark = SparkSession.builder()
             .remote(proxy.remote() + "/;" + FaultHeader.NAME + "=endStream@1").create()) {
      proxy.network().add(dev.sparkconnect.mock.network.NetworkFault.reset().afterBytes(150_000).times(1));

      List<dev.sparkconnect.client.Row> rows = spark.range(0, 50_000, 1, 4).collectAsList();

      assertThat(rows).hasSize(50_000);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).getLong(0)).isEqualTo(i);
      }
      assertThat(proxy.journal().reattachCount()).isGreaterThanOrEqualTo(2);
      assertThat(proxy.network().events()).anyMatch(event -> event.contains("downstream: reset after"));
      Fixture recorded = proxy.recorded().stream().filter(f -> f.name().startsWith("execute-range-")).findFirst()
          .orElseThrow();
      assertThat(recorded.responses().stream().filter(ExecutePlanResponse::hasArrowBatch)
          .mapToLong(response -> response.getArrowBatch().getRowCount()).sum()).isEqualTo(50_000);
    }
  }

  @Test
  void everyQueryReplaysThroughTheMockWithTheSameOutcome() {
    try (MockSparkConnectServer mock = MockSparkConnectServer.builder().fixtures(recordings).start();
         SparkSession spark = SparkSession.builder().remote(mock.remote()).create()) {
      spark.conf().set("spark.sql.session.timeZone", "UTC");

      Map<String, String> replayed = QuerySuite.run(spark);

      assertThat(replayed).containsExactlyEntriesOf(live);
      assertThat(mock.journal().count("ExecutePlan")).isGreaterThan(QuerySuite.queries().size());
    }
  }

  @Test
  void recordingTheSameQueriesAgainGivesByteIdenticalFixtures(@TempDir Path again) throws IOException {
    recordInto(again);

    Map<String, String> first = contents(recordings);
    Map<String, String> second = contents(again);
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    assertThat(second).containsExactlyEntriesOf(first);
    assertThat(FixtureStore.load(again).size()).isGreaterThan(QuerySuite.queries().size());
  }

  @Test
  void theRecordingsStillTellTheTruthAboutTheRealServer() {
    List<String> progress = new java.util.ArrayList<>();
    VerifyReport report = FixtureVerifier.builder()
        .target(LocalSparkConnectServer.shared().remote())
        .fixtures(FixtureStore.load(recordings))
        .config("spark.sql.session.timeZone", "UTC")
        .progress(progress::add)
        .build()
        .run();

    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.checks()).hasSizeGreaterThan(QuerySuite.queries().size());
    assertThat(progress).first().asString().startsWith("[1/");
    assertThat(progress).last().asString().endsWith("0 differ, 0 not checked");
  }

  @Test
  void anAnswerThatChangedIsReportedCellByCell() {
    Plan threeRows = Plan.newBuilder().setRoot(Relation.newBuilder()
        .setCommon(RelationCommon.newBuilder().setPlanId(1))
        .setRange(Range.newBuilder().setEnd(3).setStep(1))).build();
    ArrowSchema schema = ArrowSchema.of(List.of(ArrowField.of("id", false, new ArrowType.Int(64, true))));
    byte[] wrong = ArrowStreamWriter.write(schema, List.of(new Object[] {0L}, new Object[] {42L}, new Object[] {2L}));
    FixtureStore store = FixtureStore.empty();
    store.add(Fixture.execution(threeRows, List.of(
        ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder()
            .setRowCount(3).setData(ByteString.copyFrom(wrong))).build(),
        ExecutePlanResponse.newBuilder().setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build()),
        null));

    VerifyReport report = FixtureVerifier.builder().target(LocalSparkConnectServer.shared().remote()).fixtures(store)
        .build().run();

    assertThat(report.passed()).isFalse();
    assertThat(report.checks()).singleElement().satisfies(check -> {
      assertThat(check.verdict()).isEqualTo(FixtureCheck.Verdict.DIFFERS);
      assertThat(check.differences()).extracting(Difference::toString)
          .containsExactly("row 1 column id: recorded 42, now 1");
    });
    assertThat(report.toString()).contains("execute-range-", "1 difference", "1 differs");
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        files.put(folder.relativize(file).toString(), file.toString().endsWith(".arrow")
            ? java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes))
            : new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
