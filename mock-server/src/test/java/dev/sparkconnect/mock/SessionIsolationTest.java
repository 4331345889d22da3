package dev.sparkconnect.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.client.SparkSession;
import dev.sparkconnect.proto.ExecutePlanRequest;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.ReattachExecuteRequest;
import dev.sparkconnect.proto.ReleaseExecuteRequest;
import dev.sparkconnect.proto.ReleaseSessionRequest;
import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import dev.sparkconnect.proto.UserContext;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import java.util.Iterator;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions and operations are isolated as Spark keys them: a session is its user id and session
 * id together, and an operation belongs to its session. Another user releasing a session of the
 * same id, or another session releasing an operation id it does not own, touches nothing.
 */
class SessionIsolationTest {

  private static final UserContext ALICE = UserContext.newBuilder().setUserId("alice").build();
  private static final UserContext MALLORY = UserContext.newBuilder().setUserId("mallory").build();

  private MockSparkConnectServer server;
  private ManagedChannel channel;
  private SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
  private Plan plan;

  @BeforeEach
  void start() {
    server = MockSparkConnectServer.builder().start();
    try (SparkSession planner = SparkSession.builder().remote("sc://localhost:1").create()) {
      plan = Plan.newBuilder().setRoot(planner.range(3).plan()).build();
    }
    server.stub(plan.getRoot()).returns("id BIGINT NOT NULL", new Object[] {0L}, new Object[] {1L}, new Object[] {2L});
    channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
    stub = SparkConnectServiceGrpc.newBlockingStub(channel);
  }

  @AfterEach
  void stop() {
    channel.shutdownNow();
    server.close();
  }

  /** Starts a reattachable execution and reads only its first response, leaving it open on the server. */
  private String startOperation(String session, UserContext user) {
    String operationId = UUID.randomUUID().toString();
    Iterator<ExecutePlanResponse> responses = stub.executePlan(ExecutePlanRequest.newBuilder().setSessionId(session)
        .setUserContext(user).setOperationId(operationId).setPlan(plan)
        .addRequestOptions(ExecutePlanRequest.RequestOption.newBuilder().setReattachOptions(
            dev.sparkconnect.proto.ReattachOptions.newBuilder().setReattachable(true)))
        .build());
    responses.next();
    return operationId;
  }

  private boolean completesOnReattach(String session, UserContext user, String operationId) {
    Iterator<ExecutePlanResponse> again = stub.reattachExecute(ReattachExecuteRequest.newBuilder()
        .setSessionId(session).setUserContext(user).setOperationId(operationId).build());
    boolean complete = false;
    while (again.hasNext()) {
      complete |= again.next().hasResultComplete();
    }
    return complete;
  }

  @Test
  void anotherUsersReleaseOfTheSameSessionIdLeavesTheSessionAlone() {
    String session = UUID.randomUUID().toString();
    String operationId = startOperation(session, ALICE);

    stub.releaseSession(ReleaseSessionRequest.newBuilder().setSessionId(session).setUserContext(MALLORY).build());

    assertThat(completesOnReattach(session, ALICE, operationId)).isTrue();
    assertThatThrownBy(() -> completesOnReattach(session, MALLORY, operationId))
        .isInstanceOf(StatusRuntimeException.class);
  }

  @Test
  void anotherSessionCannotReleaseAnOperationItDoesNotOwn() {
    String owner = UUID.randomUUID().toString();
    String other = UUID.randomUUID().toString();
    String operationId = startOperation(owner, ALICE);
    startOperation(other, ALICE);

    stub.releaseExecute(ReleaseExecuteRequest.newBuilder().setSessionId(other).setUserContext(ALICE)
        .setOperationId(operationId).setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance()).build());
    assertThatThrownBy(() -> stub.releaseExecute(ReleaseExecuteRequest.newBuilder().setSessionId(owner)
        .setUserContext(MALLORY).setOperationId(operationId)
        .setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance()).build()))
        .hasMessageContaining("INVALID_HANDLE.SESSION_NOT_FOUND");

    assertThat(completesOnReattach(owner, ALICE, operationId)).isTrue();
  }
}
