package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.StreamingQueryCommand;
import dev.sparkconnect.proto.StreamingQueryCommandResult;
import dev.sparkconnect.proto.StreamingQueryEventType;
import dev.sparkconnect.proto.StreamingQueryInstanceId;
import dev.sparkconnect.proto.StreamingQueryListenerBusCommand;
import dev.sparkconnect.proto.StreamingQueryListenerEvent;
import dev.sparkconnect.proto.StreamingQueryListenerEventsResult;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mock replays a question's later answers in the order they were asked, and holds each
 * listener bus event back until the session has made as many calls as when it was heard.
 */
class ReplayInOrderTest {

  private static final UserContext USER = UserContext.newBuilder().setUserId("u").build();
  private static final String SESSION = UUID.randomUUID().toString();
  private static final Plan STATUS = Plan.newBuilder().setCommand(Command.newBuilder().setStreamingQueryCommand(
      StreamingQueryCommand.newBuilder().setQueryId(StreamingQueryInstanceId.newBuilder()
          .setId("00000000-0000-4000-8000-000000000001").setRunId("00000000-0000-4000-9000-000000000001"))
          .setStatus(true))).build();
  private static final Plan BUS = Plan.newBuilder().setCommand(Command.newBuilder().setStreamingQueryListenerBusCommand(
      StreamingQueryListenerBusCommand.newBuilder().setAddListenerBusListener(true))).build();
  private static final ExecutePlanResponse DONE = ExecutePlanResponse.newBuilder()
      .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build();

  private MockSparkConnectServer server;
  private ManagedChannel channel;

  @AfterEach
  void stop() {
    if (channel != null) {
      channel.shutdownNow();
    }
    server.close();
  }

  private static Fixture status(boolean active) {
    return Fixture.execution(STATUS, List.of(ExecutePlanResponse.newBuilder().setStreamingQueryCommandResult(
        StreamingQueryCommandResult.newBuilder().setStatus(StreamingQueryCommandResult.StatusResult.newBuilder()
            .setIsActive(active))).build(), DONE), null);
  }

  private SparkConnectServiceGrpc.SparkConnectServiceBlockingStub start(Fixture... fixtures) {
    FixtureStore store = FixtureStore.empty();
    for (Fixture fixture : fixtures) {
      store.add(fixture);
    }
    server = MockSparkConnectServer.builder().fixtures(store).start();
    channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
    return SparkConnectServiceGrpc.newBlockingStub(channel);
  }

  private static ExecutePlanRequest execute(Plan plan) {
    return ExecutePlanRequest.newBuilder().setSessionId(SESSION).setUserContext(USER)
        .setOperationId(UUID.randomUUID().toString()).setPlan(plan).build();
  }

  private static boolean active(SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub) {
    List<ExecutePlanResponse> responses = new ArrayList<>();
    stub.executePlan(execute(STATUS)).forEachRemaining(responses::add);
    return responses.get(0).getStreamingQueryCommandResult().getStatus().getIsActive();
  }

  @Test
  void aQuestionAnsweredDifferentlyLaterIsAnsweredInTheOrderAsked() {
    SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub = start(status(true), status(false).withOccurrence(3));

    assertThat(List.of(active(stub), active(stub), active(stub), active(stub))).containsExactly(true, true, false, false);
    server.reset();
    assertThat(active(stub)).as("counting starts again after reset()").isTrue();
  }

  @Test
  void aCallRefusedForItsTakenOperationIdIsNotANewAsking() {
    SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub =
        start(status(true), status(false).withOccurrence(2), status(true).withOccurrence(3));
    ExecutePlanRequest first = execute(STATUS);
    stub.executePlan(first).forEachRemaining(response -> {});

    assertThatThrownBy(() -> stub.executePlan(first).forEachRemaining(response -> {}))
        .hasMessageContaining("OPERATION_A"); // already exists, or abandoned on 4.1 and later
    assertThat(active(stub)).as("the second asking, not the third").isFalse();
    assertThat(active(stub)).isTrue();
  }

  @Test
  void answersDerivedFromARecordingFollowItsLatestAsking() {
    Fixture before = status(true);
    Fixture after = status(false).withOccurrence(2);
    SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub = start(before, after);
    AnalyzePlanRequest schema = AnalyzePlanRequest.newBuilder().setSessionId(SESSION).setUserContext(USER)
        .setSchema(AnalyzePlanRequest.Schema.newBuilder().setPlan(STATUS)).build();
    active(stub);
    active(stub);
    assertThat(server.answers().execution(STATUS)).as("without asking again").contains(after);
    catchThrowable(() -> stub.analyzePlan(schema)); // answered or not, analysing asks nothing of the execution
    assertThat(active(stub)).as("the third asking gets the latest answer, the second").isFalse();
    server.reset();
    assertThat(server.answers().execution(STATUS)).as("never asked: its first answer").contains(before);
  }

  @Test
  void listenerBusEventsWaitForTheCallsThatCameBeforeThem() throws InterruptedException {
    ExecutePlanResponse added = ExecutePlanResponse.newBuilder().setStreamingQueryListenerEventsResult(
        StreamingQueryListenerEventsResult.newBuilder().setListenerBusListenerAdded(true)).build();
    ExecutePlanResponse progress = ExecutePlanResponse.newBuilder().setStreamingQueryListenerEventsResult(
        StreamingQueryListenerEventsResult.newBuilder().addEvents(StreamingQueryListenerEvent.newBuilder()
            .setEventType(StreamingQueryEventType.QUERY_PROGRESS_EVENT).setEventJson("{\"progress\":{}}"))).build();
    Fixture bus = Fixture.execution(BUS, List.of(added, progress, DONE), null).withHeardAfterCalls(List.of(0, 1, 2));
    SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub = start(bus, status(true));

    BlockingQueue<ExecutePlanResponse> heard = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> stub.executePlan(execute(BUS)).forEachRemaining(heard::add));
    reader.start();
    assertThat(heard.poll(5, TimeUnit.SECONDS)).as("the bus's confirmation, at once").isNotNull()
        .extracting(response -> response.getStreamingQueryListenerEventsResult().getListenerBusListenerAdded())
        .isEqualTo(true);
    assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("no event before the session's next call").isNull();

    active(stub);
    assertThat(heard.poll(5, TimeUnit.SECONDS)).as("the event heard after one call").isNotNull()
        .extracting(response -> response.getStreamingQueryListenerEventsResult().getEventsCount()).isEqualTo(1);
    assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("the end waits for the second call").isNull();

    active(stub);
    assertThat(heard.poll(5, TimeUnit.SECONDS)).isNotNull().extracting(ExecutePlanResponse::hasResultComplete)
        .isEqualTo(true);
    reader.join(5_000);
    assertThat(reader.isAlive()).isFalse();
  }
}
