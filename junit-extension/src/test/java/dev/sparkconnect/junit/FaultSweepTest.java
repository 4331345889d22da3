package dev.sparkconnect.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureWriter;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A recorded test swept over every kind of break at every position of its result stream. */
class FaultSweepTest {

  private static final int ROWS = 30;

  @TempDir
  Path fixtures;

  @TempDir
  Path reports;

  @SparkConnectTest
  static class CountsRows {
    @FaultSweep
    void everyRowOnce(SparkSession spark) {
      List<Long> ids = spark.range(ROWS).collectAsList().stream().map(row -> row.getLong(0)).toList();
      assertThat(ids).containsExactlyElementsOf(java.util.stream.LongStream.range(0, ROWS).boxed().toList());
    }
  }

  @SparkConnectTest
  static class LosesItsSession {
    @FaultSweep(kinds = SweptFault.SESSION_LOST)
    void everyRowOnce(SparkSession spark) {
      assertThat(spark.range(ROWS).collectAsList()).hasSize(ROWS);
    }
  }

  @SparkConnectTest
  static class OneRunOnly {
    @FaultSweep(only = "END_OF_STREAM after response 2 of execute-range-")
    void everyRowOnce(SparkSession spark) {
      assertThat(spark.range(ROWS).collectAsList()).hasSize(ROWS);
    }
  }

  /** The recording a test of {@code spark.range(30)} would have: three batches of ten and result_complete. */
  @BeforeEach
  void recordRange() {
    Plan plan;
    try (MockSparkConnectServer server = MockSparkConnectServer.builder().start();
         SparkSession spark = SparkSession.builder().remote(server.remote()).create()) {
      plan = Plan.newBuilder().setRoot(spark.range(ROWS).plan()).build();
    }
    ArrowSchema schema = ArrowSchema.of(List.of(ArrowField.of("id", false, new ArrowType.Int(64, true))));
    List<ExecutePlanResponse> responses = new ArrayList<>();
    for (int batch = 0; batch < 3; batch++) {
      List<Object[]> rows = new ArrayList<>();
      for (long id = batch * 10L; id < batch * 10L + 10; id++) {
        rows.add(new Object[] {id});
      }
      responses.add(ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder()
          .setRowCount(10).setData(com.google.protobuf.ByteString.copyFrom(ArrowStreamWriter.write(schema, rows)))).build());
    }
    responses.add(ExecutePlanResponse.newBuilder()
        .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build());
    Fixture range = Fixture.execution(plan, responses, null);
    for (Class<?> sample : List.of(CountsRows.class, LosesItsSession.class, OneRunOnly.class)) {
      FixtureWriter.write(fixtures.resolve(sample.getName().replace('$', '.')).resolve("everyRowOnce"), range);
    }
  }

  private EngineExecutionResults sweep(Class<?> sample) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ExtensionSettings.FIXTURES, fixtures.toString())
        .configurationParameter("spark.connect.sweepReports", reports.toString())
        .selectors(selectClass(sample))
        .execute();
  }

  @Test
  void everySurvivableBreakAtEveryPositionIsOneRunAndAllPass() throws Exception {
    EngineExecutionResults results = sweep(CountsRows.class);

    results.testEvents().assertStatistics(stats -> stats.started(6 * 4).succeeded(6 * 4).failed(0));
    results.testEvents().assertThatEvents().haveExactly(1, event(displayName(
        "EMPTY_ROTATION after response 3 of " + fixtureName()), finishedSuccessfully()));
    Path html = reports.resolve(CountsRows.class.getName().replace('$', '.') + ".everyRowOnce.html");
    assertThat(Files.readString(html)).contains("24 runs passed, 0 failed").contains("class=\"pass\"")
        .doesNotContain("class=\"fail\"");
    assertThat(reports.resolve(CountsRows.class.getName().replace('$', '.') + ".everyRowOnce.md")).exists();
  }

  @Test
  void aRunThatBreaksTheTestSaysHowToRepeatExactlyIt() throws Exception {
    EngineExecutionResults results = sweep(LosesItsSession.class);

    String name = fixtureName();
    // Lost before its first response, the session's answer is still whole; from then on it is not.
    results.testEvents().assertStatistics(stats -> stats.started(4).failed(3));
    results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(text ->
        text.startsWith("SESSION_LOST after response 1 of " + name + " broke the test")
            && text.contains("@FaultSweep(only = \"SESSION_LOST after response 1 of " + name + "\")")))));
    assertThat(Files.readString(reports.resolve(LosesItsSession.class.getName().replace('$', '.') + ".everyRowOnce.md")))
        .contains("1 run passed, 3 failed").contains("**FAIL**");
  }

  @Test
  void onlyNamesOneRunAndAWrongNameListsWhatRunsAreCalled() {
    EngineExecutionResults results = sweep(OneRunOnly.class);

    results.containerEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(text ->
        text.contains("names no run of this sweep") && text.contains("UNAVAILABLE after response 0 of execute-range-")))));
  }

  private String fixtureName() throws java.io.IOException {
    try (var list = Files.list(fixtures.resolve(CountsRows.class.getName().replace('$', '.')).resolve("everyRowOnce"))) {
      return list.findFirst().orElseThrow().getFileName().toString();
    }
  }
}
