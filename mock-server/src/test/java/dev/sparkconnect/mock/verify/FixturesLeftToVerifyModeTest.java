package dev.sparkconnect.mock.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import dev.sparkconnect.proto.StreamingQueryCommand;
import dev.sparkconnect.proto.StreamingQueryInstanceId;
import dev.sparkconnect.proto.WriteStreamOperationStart;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The standalone verifier sends nothing that only makes sense inside the recorded test: a streaming
 * query's start (it would run on the server with no one to stop it), a command about a query the
 * test started, a question's later answer. Each is reported as not checked, saying why.
 */
class FixturesLeftToVerifyModeTest {

  private static final ExecutePlanResponse DONE = ExecutePlanResponse.newBuilder()
      .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build();

  @Test
  void streamingStartsQueryCommandsAndLaterAnswersAreNotSent() {
    Plan start = Plan.newBuilder().setCommand(Command.newBuilder().setWriteStreamOperationStart(
        WriteStreamOperationStart.newBuilder().setFormat("memory").setQueryName("clicks")
            .setInput(Relation.newBuilder().setRange(Range.newBuilder().setEnd(3).setStep(1))))).build();
    Plan stop = Plan.newBuilder().setCommand(Command.newBuilder().setStreamingQueryCommand(StreamingQueryCommand
        .newBuilder().setQueryId(StreamingQueryInstanceId.newBuilder().setId("00000000-0000-4000-8000-000000000001")
            .setRunId("00000000-0000-4000-9000-000000000001")).setStop(true))).build();
    Plan count = Plan.newBuilder().setRoot(Relation.newBuilder().setRange(Range.newBuilder().setEnd(5).setStep(1)))
        .build();
    FixtureStore fixtures = FixtureStore.empty();
    fixtures.add(Fixture.execution(start, List.of(DONE), null));
    fixtures.add(Fixture.execution(stop, List.of(DONE), null));
    fixtures.add(Fixture.execution(count, List.of(DONE), null).withOccurrence(2));

    VerifyReport report;
    try (MockSparkConnectServer target = MockSparkConnectServer.builder().start()) {
      report = FixtureVerifier.builder().target(target.remote()).fixtures(fixtures).build().run();
      assertThat(target.journal().count("ExecutePlan")).as("nothing of them sent").isZero();
    }

    assertThat(report.checks()).hasSize(3).allSatisfy(check ->
        assertThat(check.verdict()).isEqualTo(FixtureCheck.Verdict.NOT_CHECKED));
    assertThat(report.checks()).extracting(FixtureCheck::problem).anySatisfy(problem ->
        assertThat(problem).contains("starts a streaming query").contains("VERIFY mode"))
        .anySatisfy(problem -> assertThat(problem).contains("a query the recorded test started"))
        .anySatisfy(problem -> assertThat(problem).contains("answer 2 to its question"));
  }
}
